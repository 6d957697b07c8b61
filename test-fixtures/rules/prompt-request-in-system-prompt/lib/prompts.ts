export function personaPrompt(character: string): string {
  return `You are ${character}. Never break character.`;
}
