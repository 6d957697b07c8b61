// A route of the same app whose answer is not model output.
export async function GET() {
  return Response.json({ tokensToday: 1200, plan: "<b>pro</b>" });
}
