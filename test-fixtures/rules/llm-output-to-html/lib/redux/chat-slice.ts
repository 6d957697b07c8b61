import { createAsyncThunk, createSlice, type PayloadAction } from "@reduxjs/toolkit";

export interface Message {
  role: "user" | "assistant";
  content: string;
}

/** An async thunk whose result is the chat endpoint's answer. */
export const sendMessage = createAsyncThunk("chat/send", async (question: string) => {
  const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
  return (await res.json()).answer as string;
});

const chatSlice = createSlice({
  name: "chat",
  initialState: { messages: [] as Message[], banner: "<b>Welcome</b>", lastAnswer: "" },
  reducers: {
    addMessage(state, action: PayloadAction<Message>) {
      state.messages.push(action.payload);
    },
    setBanner: (state, action: PayloadAction<string>) => {
      state.banner = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder.addCase(sendMessage.fulfilled, (state, action) => {
      state.lastAnswer = action.payload;
    });
  },
});

export const { addMessage, setBanner } = chatSlice.actions;
export default chatSlice.reducer;
