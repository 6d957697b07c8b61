"use client";
// True positives live in ./agents: a module only this browser component imports.
import { checkReturn } from "./agents";

export function ReturnButton({ orderId }: { orderId: string }) {
  return <button onClick={() => void checkReturn(orderId)}>Return</button>;
}
