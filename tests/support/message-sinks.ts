// Local stand-ins for the world outside the app, for the delivery tests: an SMTP server that keeps every mail it
// receives (npm smtp-server) and an HTTP endpoint that records every robot message and answers like WeCom and
// DingTalk do ({ errcode: 0 }), or with HTTP 500 while told to fail.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** `onMail` sees each mail as it arrives (the e2e server writes them to a file the tests read). */
export async function startSmtpSink(
  options: { port?: number; onMail?: (mail: ReceivedMail) => void } = {},
): Promise<{
  url: string;
  mails: ReceivedMail[];
  stop(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    // A plain local sink: no TLS certificate to trust, no account to log in with.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        mails.push(mail);
        options.onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes a Chinese subject. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  // Each escape as the byte it stands for, every other character as its own UTF-8 bytes: one byte sequence.
  return decodeURIComponent(
    text
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})|[\s\S]/gi, (char, hex: string | undefined) =>
        hex ? `%${hex}` : encodeURIComponent(char),
      ),
  );
}

/** A single-part text mail as the app sends it: its headers, decoded subject and decoded text. */
export function decodeMail(raw: string): { subject: string; text: string; headers: Map<string, string> } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = rest.join("\n\n");
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : body;
  return { subject: decodeWords(headers.get("subject") ?? ""), text: text.replace(/\r\n/g, "\n"), headers };
}

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  body: unknown;
  answered: number;
}

/** Answers HTTP 500 to the next `failures[path]` requests of a path (or always, with Infinity), then 200. */
export async function startWebhookRecorder(): Promise<{
  base: string;
  requests: RecordedRequest[];
  failures: Map<string, number>;
  stop(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const failures = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const left = failures.get(url.pathname) ?? 0;
      const status = left > 0 ? 500 : 200;
      if (left > 0) failures.set(url.pathname, left - 1);
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        body = null;
      }
      requests.push({ path: url.pathname, query: url.searchParams, body, answered: status });
      response.writeHead(status, { "content-type": "application/json" });
      response.end(status === 200 ? JSON.stringify({ errcode: 0, errmsg: "ok" }) : "internal error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    failures,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
