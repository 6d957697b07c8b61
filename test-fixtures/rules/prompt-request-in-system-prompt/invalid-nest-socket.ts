// NestJS parameters bound to the request, and socket payloads.
import { Body, Controller, Post } from "@nestjs/common";
import { Server } from "socket.io";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

@Controller("chat")
export class ChatController {
  @Post()
  async chat(@Body() body: { instructions: string; question: string }) {
    return anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 500,
      system: body.instructions, // expect: prompt-request-in-system-prompt
      messages: [{ role: "user", content: body.question }],
    });
  }
}

const io = new Server();
io.on("connection", (socket) => {
  socket.on("ask", async (payload: { rules: string; question: string }) => {
    const reply = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 500,
      system: `Follow these rules: ${payload.rules}`, // expect: prompt-request-in-system-prompt
      messages: [{ role: "user", content: payload.question }],
    });
    socket.emit("answer", reply.content);
  });
});
