// ChatGPTBox before 35cb508: the answer streams through a vendored SSE parser in the background
// script, crosses the extension port (which also carries the session back and forth), reaches a
// listener registered by name, is stored as a class instance written by index into a copy of the
// state, and is rendered by react-markdown with rehype-raw.
import { useEffect, useState } from 'react'
import Browser from 'webextension-polyfill'
import ReactMarkdown from 'react-markdown'
import rehypeRaw from 'rehype-raw'

class ConversationItemData {
  constructor(type, content) {
    this.type = type
    this.content = content
  }
}

function ConversationItem({ content }) {
  return <ReactMarkdown rehypePlugins={[rehypeRaw]}>{content}</ReactMarkdown> // expect: llm-output-to-html
}

export function ConversationCard({ question }) {
  const [port] = useState(() => Browser.runtime.connect())
  const [items, setItems] = useState([])

  const updateAnswer = (value) => {
    setItems((old) => {
      const copy = [...old]
      copy[copy.length - 1] = new ConversationItemData('answer', value)
      return copy
    })
  }

  const [session, setSession] = useState({ question, apiUrl: 'https://api.openai.com' })

  const portMessageListener = (msg) => {
    if (msg.answer) updateAnswer(msg.answer)
    if (msg.session) setSession({ ...msg.session, question })
  }

  useEffect(() => {
    port.onMessage.addListener(portMessageListener)
    port.postMessage({ session })
    return () => port.onMessage.removeListener(portMessageListener)
  }, [items])

  return <div>{items.map((item, i) => <ConversationItem key={i} content={item.content} />)}</div>
}
