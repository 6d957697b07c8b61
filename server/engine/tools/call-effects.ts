import ts from "typescript";
import { calleeText, propertyNameText } from "../taint/scope";

/**
 * What a call does to the world, read from how it is written: a fixed program run with a
 * subcommand that changes things, an HTTP write, a message sent.
 */

const sendMethods = new Set(["sendMail", "send", "postMessage", "publish", "sendMessage"]);
const sendReceivers = /^(transporter|mailer|resend|sendgrid|sgMail|twilio|slack|emails|mail|smtp|webhook|client\.chat)$/i;
const httpWriteMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Subcommands and flags of a fixed program that change state: `git push`, `kubectl delete`, `npm install`. */
const mutatingWord = /^(push|commit|reset|rm|delete|del|remove|install|uninstall|apply|create|kill|stop|restart|merge|rebase|checkout|clean|drop|write|update|upgrade|publish|deploy|exec|run|start|tag|mv|cp|chmod|chown|scale|patch|replace|rollout|send|--force|-f|-rf)$/;

/** `execFile("git", ["push", remote])`: a fixed program run with a subcommand that changes things. */
export function mutatingInvocation(node: ts.CallExpression | ts.NewExpression): boolean {
  const list = node.arguments?.[1];
  return list !== undefined && ts.isArrayLiteralExpression(list) && list.elements.some((e) => ts.isStringLiteralLike(e) && mutatingWord.test(e.text));
}

/** URLs of webhooks and messaging, mail and notification APIs: a write to them is an action in the world. */
export const messagingUrl = /hook|slack|discord|teams|twilio|sendgrid|mailgun|postmark|resend|telegram|whatsapp|mail|sms|message|notif|alert|pagerduty|send|publish|tweet|post(?!gres)/i;

/** `fetch(url, { method: "POST" })`, `axios.post(...)`: a request that sends data out. */
export function httpWrite(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  if (ts.isPropertyAccessExpression(node.expression) && ["post", "put", "patch", "delete"].includes(node.expression.name.text)) return true;
  const options = node.arguments[1];
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "method" && ts.isStringLiteralLike(p.initializer) && httpWriteMethods.has(p.initializer.text.toUpperCase()));
}

/** Email, chat and SMS senders: `transporter.sendMail(…)`, `resend.emails.send(…)`, `slack.chat.postMessage(…)`. */
export function sendCapability(node: ts.CallExpression | ts.NewExpression): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const method = node.expression.name.text;
  if (!sendMethods.has(method)) return undefined;
  const receiver = calleeText(node.expression.expression);
  const last = receiver.split(".").pop() ?? receiver;
  return sendReceivers.test(last) || sendReceivers.test(receiver) ? `${receiver}.${method}` : undefined;
}
