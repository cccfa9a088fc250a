#!/usr/bin/env node
'use strict';
// Local SMTP sink for Loket: accepts every message (no auth, no TLS), keeps it in
// .local/data/mail-sink/messages.jsonl (one JSON object per line, survives restarts) and shows
// it over HTTP for people and tests.
//
//   SMTP  127.0.0.1:${LOKET_SMTP_PORT:-1025}  (no TLS; AUTH optional, any credentials accepted)
//   HTTP  127.0.0.1:${LOKET_MAIL_SINK_HTTP_PORT:-8025}
//     GET    /health                 200 {"status":"ok","messages":n}
//     GET    /api/messages[?to=addr][&messageId=<id@host>]  JSON array, oldest first / newest last (to: any envelope or header recipient)
//     GET    /api/messages/:id       one message, 404 when unknown
//     DELETE /api/messages           removes all messages
//     GET    /                       HTML list
//
// Environment: LOKET_MAIL_SINK_HOST (127.0.0.1), LOKET_SMTP_PORT, LOKET_MAIL_SINK_HTTP_PORT,
// LOKET_MAIL_SINK_FILE (<repo>/.local/data/mail-sink/messages.jsonl).
// Started in the background by deploy/local/mail-sink/mail-sink.sh.

const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const crypto = require('node:crypto');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOST = process.env.LOKET_MAIL_SINK_HOST || '127.0.0.1';
const SMTP_PORT = Number(process.env.LOKET_SMTP_PORT || 1025);
const HTTP_PORT = Number(process.env.LOKET_MAIL_SINK_HTTP_PORT || 8025);
const FILE = process.env.LOKET_MAIL_SINK_FILE || path.join(ROOT, '.local', 'data', 'mail-sink', 'messages.jsonl');
const MAX_SIZE = 25 * 1024 * 1024;

const log = (...args) => console.log(new Date().toISOString(), ...args);

// ---- store ----------------------------------------------------------------------------------
let messages = [];

function load() {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  if (!fs.existsSync(FILE)) return;
  const lines = fs.readFileSync(FILE, 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      messages.push(JSON.parse(line));
    } catch {
      log('skipping unreadable line in', FILE); // e.g. a line cut short by a crash
    }
  }
}

function append(msg) {
  fs.appendFileSync(FILE, JSON.stringify(msg) + '\n');
  messages.push(msg);
}

function clear() {
  fs.writeFileSync(FILE, '');
  messages = [];
}

// ---- SMTP -----------------------------------------------------------------------------------
const addressList = (a) => (a ? (Array.isArray(a) ? a : [a]).flatMap((x) => x.value || []) : []);
const lower = (s) => String(s || '').trim().toLowerCase();

function headersOf(parsed) {
  const out = {};
  for (const { key, line } of parsed.headerLines || []) {
    const i = line.indexOf(':');
    const value = (i >= 0 ? line.slice(i + 1) : line).replace(/\r?\n[ \t]+/g, ' ').trim();
    if (key in out) out[key] = [].concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

function toRecord(parsed, session) {
  const envelopeTo = session.envelope.rcptTo.map((r) => lower(r.address));
  const headerTo = addressList(parsed.to).map((a) => lower(a.address));
  const cc = addressList(parsed.cc).map((a) => lower(a.address));
  const from = addressList(parsed.from)[0];
  return {
    id: crypto.randomUUID(),
    receivedAt: new Date().toISOString(),
    from: from ? lower(from.address) : lower(session.envelope.mailFrom && session.envelope.mailFrom.address),
    fromName: from && from.name ? from.name : undefined,
    to: [...new Set(envelopeTo.length ? envelopeTo : headerTo)], // envelope recipients (includes Bcc)
    headerTo,
    cc,
    subject: parsed.subject || '',
    text: parsed.text || '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    messageId: parsed.messageId,
    date: parsed.date ? parsed.date.toISOString() : undefined,
    headers: headersOf(parsed),
    attachments: (parsed.attachments || []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
    })),
    envelope: {
      from: lower(session.envelope.mailFrom && session.envelope.mailFrom.address),
      to: envelopeTo,
    },
  };
}

const smtp = new SMTPServer({
  name: 'loket-mail-sink',
  banner: 'Loket local mail sink',
  authOptional: true, // no AUTH needed ...
  allowInsecureAuth: true, // ... but a client configured with credentials is accepted too (any user/password)
  onAuth(auth, session, callback) {
    callback(null, { user: auth.username || 'anonymous' });
  },
  disabledCommands: ['STARTTLS'],
  size: MAX_SIZE,
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        if (stream.sizeExceeded) {
          const err = new Error('message exceeds fixed maximum message size');
          err.responseCode = 552;
          return callback(err);
        }
        const msg = toRecord(parsed, session);
        append(msg);
        log(`received ${msg.id} from=${msg.from} to=${msg.to.join(',')} subject=${JSON.stringify(msg.subject)}`);
        callback(null, `queued as ${msg.id}`);
      })
      .catch((err) => {
        log('could not parse message:', err.message);
        callback(err);
      });
  },
});
smtp.on('error', (err) => log('smtp error:', err.message));

// ---- HTTP -----------------------------------------------------------------------------------
function send(res, status, body, type = 'application/json; charset=utf-8') {
  const payload = type.startsWith('application/json') ? JSON.stringify(body) : body;
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(payload);
}

const escapeHtml = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function matchesTo(msg, addr) {
  const a = lower(addr);
  return [...(msg.to || []), ...(msg.cc || [])].some((x) => lower(x) === a);
}

function page(list) {
  const rows = list
    .slice()
    .reverse()
    .map(
      (m) => `<tr><td>${escapeHtml(m.receivedAt.replace('T', ' ').slice(0, 19))}</td>
<td>${escapeHtml(m.from)}</td><td>${escapeHtml((m.to || []).join(', '))}</td>
<td><a href="/api/messages/${escapeHtml(m.id)}">${escapeHtml(m.subject || '(no subject)')}</a>
<details><summary>text</summary><pre>${escapeHtml(m.text)}</pre></details></td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loket mail sink</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;margin:.3rem 0}</style>
</head><body><h1>Loket mail sink</h1>
<p>${list.length} message(s), newest first. SMTP on ${HOST}:${SMTP_PORT}. JSON: <a href="/api/messages">/api/messages</a>.</p>
<table><thead><tr><th>received</th><th>from</th><th>to</th><th>subject</th></tr></thead><tbody>
${rows || '<tr><td colspan="4">no messages</td></tr>'}
</tbody></table></body></html>`;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host || 'localhost'}`);
  const p = url.pathname.replace(/\/+$/, '') || '/';
  try {
    if (req.method === 'GET' && p === '/health') return send(res, 200, { status: 'ok', messages: messages.length });
    if (p === '/api/messages') {
      if (req.method === 'GET') {
        const to = url.searchParams.get('to');
        const messageId = url.searchParams.get('messageId');
        return send(
          res,
          200,
          messages.filter((m) => (!to || matchesTo(m, to)) && (!messageId || m.messageId === messageId)),
        );
      }
      if (req.method === 'DELETE') {
        const n = messages.length;
        clear();
        log(`cleared ${n} message(s)`);
        return send(res, 200, { deleted: n });
      }
      return send(res, 405, { error: 'method not allowed' });
    }
    const m = /^\/api\/messages\/([^/]+)$/.exec(p);
    if (m && req.method === 'GET') {
      const msg = messages.find((x) => x.id === decodeURIComponent(m[1]));
      return msg ? send(res, 200, msg) : send(res, 404, { error: 'not found' });
    }
    if (req.method === 'GET' && p === '/') return send(res, 200, page(messages), 'text/html; charset=utf-8');
    return send(res, 404, { error: 'not found' });
  } catch (err) {
    log('http error:', err.message);
    return send(res, 500, { error: err.message });
  }
});

// ---- life cycle -----------------------------------------------------------------------------
function listen(srv, port, what) {
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(port, HOST, () => {
      log(`${what} listening on ${HOST}:${port}`);
      resolve();
    });
  });
}

function shutdown(signal) {
  log(`${signal}: shutting down`);
  server.close();
  smtp.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}

(async () => {
  load();
  log(`store ${FILE} (${messages.length} message(s))`);
  await listen(smtp.server, SMTP_PORT, 'SMTP');
  await listen(server, HTTP_PORT, 'HTTP');
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
})().catch((err) => {
  log('failed to start:', err.message);
  process.exit(1);
});
