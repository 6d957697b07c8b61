// A vendored server-sent-events parser: state in closure variables, bytes gathered with concat and
// decoded with TextDecoder, events handed to the callback it was created with.
function createParser(onParse) {
  let bytes
  let buffer
  let data
  reset()
  return { feed, reset }

  function reset() {
    bytes = []
    buffer = ''
    data = ''
  }

  function feed(chunk) {
    bytes = bytes.concat(Array.from(chunk))
    buffer = new TextDecoder().decode(new Uint8Array(bytes))
    for (const line of buffer.split('\n')) parseLine(line)
    bytes = []
  }

  function parseLine(line) {
    if (line === '') {
      if (data.length > 0) onParse({ type: 'event', data: data.slice(0, -1) })
      data = ''
      return
    }
    if (line.startsWith('data:')) data += ''.concat(line.slice(5).trim(), '\n')
  }
}

export { createParser }
