import Browser from 'webextension-polyfill'
import { createParser } from './sse-parser.mjs'

async function fetchSSE(resource, options) {
  const { onMessage, ...fetchOptions } = options
  const response = await fetch(resource, fetchOptions)
  const parser = createParser((event) => {
    if (event.type === 'event') onMessage(event.data)
  })
  const reader = response.body.getReader()
  let result
  while (!(result = await reader.read()).done) parser.feed(result.value)
}

// The session goes to the page and comes back with each question: state sent both ways.
Browser.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener(async (msg) => {
    const session = msg.session
    let answer = ''
    await fetchSSE(`${session.apiUrl}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: session.question }], stream: true }),
      onMessage(message) {
        if (message === '[DONE]') return
        answer += JSON.parse(message).choices[0]?.delta?.content ?? ''
        port.postMessage({ answer, session, done: false })
      },
    })
  })
})
