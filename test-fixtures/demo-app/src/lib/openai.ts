import OpenAI from "openai";

// The key was pasted in "just for the demo" and never moved out.
export const openai = new OpenAI({
  apiKey: "sk-proj-Qm7vR2xT9kLp4nB8cW1zY6hJ3sD5fG0aE2uI7oP9lK4jH8gF6dS3aQ1wE5rT7yU9iO2pL4kJ6hG8fD0sA3zX5cV7bN9mM1qW3eR5tY7uI9oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0vB2nM4qW6eR8tY0uI2oP4", // expect: secret-llm-provider-key
});

export const CHAT_MODEL = process.env.CHAT_MODEL ?? "gpt-4o-mini";
