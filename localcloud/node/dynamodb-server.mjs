#!/usr/bin/env node
// Local DynamoDB for Stratus: dynalite (an open-source DynamoDB on LevelDB) behind a small
// front server that adds TransactWriteItems / TransactGetItems with all-or-nothing semantics.
//
//   node dynamodb-server.mjs --port <n> [--host 127.0.0.1] [--path <dir>] [--ignore-stdin]
//
// stdout carries exactly one line, {"event":"listening","port":<n>}, once the server is ready.
// Everything else (errors, warnings) goes to stderr.
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createRequire } from 'node:module'
import { createHash } from 'node:crypto'

const require = createRequire(import.meta.url)
const dynalite = require('dynalite')
const crc32 = require('buffer-crc32') // dynalite's own dependency; the SDK checks x-amz-crc32

// dynalite 4.0.0 ends its Query and Scan streams with iterator.return(), which the iterators of
// abstract-level 3 lack (theirs is close()), so every Query left an open LevelDB iterator and all
// it held behind: 2 GB after minutes of load. With return() they are closed.
const { AbstractIterator } = require('abstract-level') // dynalite's storage layer
const CommonIterator = Object.getPrototypeOf(AbstractIterator.prototype)
if (typeof CommonIterator.return !== 'function') CommonIterator.return = function () { return this.close() }

const TARGET_PREFIX = 'DynamoDB_20120810.'
const JSON_CT = 'application/x-amz-json-1.0'
const MAX_TRANSACT_ACTIONS = 100
// Writes that must not interleave with a transaction (see README: isolation among writers).
const SERIALISED_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'])
// dynalite only checks that these headers are present and well-formed, not the signature.
const INTERNAL_HEADERS = {
  'Content-Type': JSON_CT,
  Authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
  'X-Amz-Date': '20260101T000000Z',
}

const log = (...args) => console.error('[dynamodb-server]', ...args)

// ---------- CLI ----------
const { values: opts } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    path: { type: 'string' },
    'ignore-stdin': { type: 'boolean', default: false }, // for manual runs with stdin at /dev/null
  },
})
const port = Number(opts.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  log('usage: node dynamodb-server.mjs --port <n> [--host 127.0.0.1] [--path <dir>]')
  process.exit(2)
}
const dataDir = opts.path ? path.resolve(opts.path) : null
const journalFile = dataDir && path.join(dataDir, 'transaction-journal.json')
if (dataDir) fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })

// ---------- write mutex: a promise chain; each holder runs alone ----------
let mutexTail = Promise.resolve()
function withWriteLock (fn) {
  const run = mutexTail.then(fn)
  mutexTail = run.catch(() => {}) // a failed holder must not block the next one
  return run
}

// ---------- read gate: plain reads never see a transaction that may still be undone ----------
// A transaction applies its actions and undoes them if a condition failed, so while it applies
// (and undoes) the gate is closed: reads that arrive wait, and it first waits for reads in flight.
// Reads share the gate with each other, and a transaction keeps it closed only for its writes
// (not for its old-image reads or its journal), so readers wait at most one write round trip.
const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem'])
let readsInFlight = 0
let readsDrained = null // resolves when the last read in flight ends, while a transaction waits
let gateClosed = null // a promise while a transaction applies; reads arriving wait for it

async function withReadGate (fn) {
  while (gateClosed) await gateClosed
  readsInFlight++
  try {
    return await fn()
  } finally {
    if (--readsInFlight === 0 && readsDrained) readsDrained()
  }
}

// Runs fn with no read in flight and none starting. Only one holder at a time: callers hold the
// write lock.
async function withReadsExcluded (fn) {
  let open
  gateClosed = new Promise((resolve) => { open = resolve })
  try {
    if (readsInFlight > 0) await new Promise((resolve) => { readsDrained = resolve })
    readsDrained = null
    return await fn()
  } finally {
    gateClosed = null
    open()
  }
}

// ---------- internal calls to dynalite ----------
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
let backendPort

// Raw round trip to dynalite: used both for proxying and for our own calls.
function backendRequest (method, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: backendPort, method, path: url, headers, agent }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

// A DynamoDB API call to dynalite. Returns { ok, status, data } where data is the parsed JSON
// body (the error object when !ok).
async function ddb (op, params) {
  const body = JSON.stringify(params)
  const res = await backendRequest('POST', '/', {
    ...INTERNAL_HEADERS, 'X-Amz-Target': TARGET_PREFIX + op, 'Content-Length': Buffer.byteLength(body),
  }, body)
  const data = res.body.length ? JSON.parse(res.body.toString('utf8')) : {}
  return { ok: res.status === 200, status: res.status, data }
}

const errorName = (data) => String(data?.__type ?? '').split('#').pop()

// ---------- responses in dynalite's shape (see sendData in dynalite/index.js) ----------
function send (res, contentType, status, obj) {
  const body = JSON.stringify(obj)
  res.writeHead(status, {
    'x-amzn-RequestId': requestId(),
    'x-amz-crc32': crc32.unsigned(body),
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(body)
}
const requestId = () => Array.from({ length: 52 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(Math.random() * 36)]).join('')
const validationError = (message) => ({ status: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message } })

// ---------- key schema cache (per table) ----------
const keySchemas = new Map()
async function keyNames (table) {
  if (!keySchemas.has(table)) {
    const r = await ddb('DescribeTable', { TableName: table })
    if (!r.ok) throw { status: r.status, body: r.data } // e.g. ResourceNotFoundException, returned as is
    keySchemas.set(table, r.data.Table.KeySchema.map((k) => k.AttributeName))
  }
  return keySchemas.get(table)
}
const pick = (obj, names) => Object.fromEntries(names.filter((n) => obj?.[n] !== undefined).map((n) => [n, obj[n]]))

// ---------- crash journal ----------
// Written (and fsynced) before the first change of a transaction, removed after commit or undo.
// A torn journal can only come from a crash before anything was applied, so it is safe to drop.
async function writeJournal (entries) {
  if (!journalFile) return
  const fh = await fs.promises.open(journalFile, 'w')
  try {
    await fh.writeFile(JSON.stringify({ version: 1, entries }))
    await fh.sync()
  } finally { await fh.close() }
}
async function removeJournal () {
  if (journalFile) await fs.promises.rm(journalFile, { force: true })
}

// Restore old images in reverse order. Restoring an item the crash never reached is harmless:
// no other writer can have touched it since (the mutex, then the crash).
async function undo (entries) {
  for (const { table, key, old } of [...entries].reverse()) {
    const r = old ? await ddb('PutItem', { TableName: table, Item: old }) : await ddb('DeleteItem', { TableName: table, Key: key })
    if (!r.ok) throw new Error(`undo failed on ${table} ${JSON.stringify(key)}: ${JSON.stringify(r.data)}`)
  }
}

async function recoverJournal () {
  if (!journalFile || !fs.existsSync(journalFile)) return
  let entries
  try {
    entries = JSON.parse(fs.readFileSync(journalFile, 'utf8')).entries
  } catch {
    log('discarding unreadable transaction journal (crash before any change was applied)')
    return removeJournal()
  }
  log(`rolling back an interrupted transaction of ${entries.length} action(s)`)
  await undo(entries)
  await removeJournal()
}

// ---------- TransactWriteItems ----------
const ACTION_KINDS = ['Put', 'Update', 'Delete', 'ConditionCheck']
const EXPR_FIELDS = ['ConditionExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues']

// ClientRequestToken: as in DynamoDB, a retry with the token of a transaction that succeeded in the
// last 10 minutes succeeds again without changing anything, and one still running is waited for.
// That makes the SDK's own retries safe when an attempt timed out after the commit. Tokens live in
// memory: a restart forgets them.
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000
const requestTokens = new Map() // token -> { request (hash of its items), result: Promise, expires }

async function transactWriteOnce (req) {
  const token = req.ClientRequestToken
  if (typeof token !== 'string' || token === '') return transactWrite(req)
  const now = Date.now()
  // Entries are kept in the order they expire, so only the oldest ever need looking at: every
  // transaction carries a token (the SDK adds one), and a full scan each time grew with the load.
  for (const [t, entry] of requestTokens) {
    if (entry.expires > now) break
    requestTokens.delete(t)
  }
  const request = createHash('sha256').update(JSON.stringify(req.TransactItems)).digest('base64')
  const earlier = requestTokens.get(token)
  if (earlier) {
    if (earlier.request !== request) {
      return { status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException', message: 'The request uses the same client token as a previous, but non-identical request.' } }
    }
    return earlier.result
  }
  const result = transactWrite(req)
  requestTokens.set(token, { request, result, expires: now + IDEMPOTENCY_WINDOW_MS })
  const settled = await result.catch((err) => ({ status: 500, err }))
  // Only a committed transaction is remembered; after a failure a retry runs again.
  if (settled.status !== 200) requestTokens.delete(token)
  return result
}

async function transactWrite (req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_TRANSACT_ACTIONS) {
    return validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_TRANSACT_ACTIONS}`)
  }
  // Resolve every action to { kind, spec, table, key } and reject duplicates before touching data.
  const actions = []
  const seen = new Set()
  for (const item of items) {
    const kinds = ACTION_KINDS.filter((k) => item?.[k] != null)
    if (kinds.length !== 1) return validationError('TransactItems can only contain one of Check, Put, Update or Delete')
    const kind = kinds[0]
    const spec = item[kind]
    if (typeof spec.TableName !== 'string') return validationError('TableName must be specified for each transaction item')
    const names = await keyNames(spec.TableName)
    const key = pick(kind === 'Put' ? spec.Item : spec.Key, names)
    const id = JSON.stringify([spec.TableName, names.map((n) => key[n])])
    if (seen.has(id)) return validationError('Transaction request cannot include multiple operations on one item')
    seen.add(id)
    actions.push({ kind, spec, table: spec.TableName, key })
  }

  return withWriteLock(async () => {
    // Old images first, so the journal is complete before the first change. The lock is held and
    // no two actions share an item, so reads and then writes can each go out all at once.
    const reads = await Promise.all(actions.map((a) => ddb('GetItem', { TableName: a.table, Key: a.key, ConsistentRead: true })))
    const failedRead = reads.find((r) => !r.ok)
    if (failedRead) return { status: failedRead.status, body: failedRead.data }
    actions.forEach((a, i) => { a.old = reads[i].data.Item ?? null })
    const entries = actions.map(({ table, key, old }) => ({ table, key, old }))
    await writeJournal(entries)

    // No plain read sees the writes until they are known to stay (see the read gate).
    const { writes, cancelled } = await withReadsExcluded(async () => {
      const writes = await Promise.all(actions.map(applyAction))
      const cancelled = writes.some((r) => !r.ok)
      if (cancelled) await undo(entries) // on failure the journal stays, so a restart retries the undo
      return { writes, cancelled }
    })
    const reasons = []
    let failure = null // a non-conditional error: return it as is
    for (const [i, a] of actions.entries()) {
      const r = writes[i]
      if (r.ok) { reasons.push({ Code: 'None' }); continue }
      if (errorName(r.data) !== 'ConditionalCheckFailedException') { failure = failure ?? r; continue }
      // Every condition saw its pre-transaction item (no two actions share an item), so the
      // reasons list matches real DynamoDB's evaluation of all conditions.
      const reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
      if (a.spec.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && a.old) reason.Item = a.old
      reasons.push(reason)
    }

    await removeJournal()
    if (failure) return { status: failure.status, body: failure.data }
    if (!cancelled) return { status: 200, body: {} }
    return {
      status: 400,
      body: {
        __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
        message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
        CancellationReasons: reasons,
      },
    }
  })
}

function applyAction ({ kind, spec, table, key, old }) {
  const expr = pick(spec, EXPR_FIELDS)
  switch (kind) {
    case 'Put': return ddb('PutItem', { TableName: table, Item: spec.Item, ...expr })
    case 'Delete': return ddb('DeleteItem', { TableName: table, Key: spec.Key, ...expr })
    case 'Update': return ddb('UpdateItem', { TableName: table, Key: spec.Key, UpdateExpression: spec.UpdateExpression, ...expr })
    case 'ConditionCheck':
      // Evaluate the condition with a write that changes nothing: rewrite the same image when the
      // item exists; when it does not, a conditional DeleteItem of a missing item is a no-op.
      return old
        ? ddb('PutItem', { TableName: table, Item: old, ...expr })
        : ddb('DeleteItem', { TableName: table, Key: spec.Key, ...expr })
  }
}

// ---------- TransactGetItems ----------
async function transactGet (req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_TRANSACT_ACTIONS) {
    return validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_TRANSACT_ACTIONS}`)
  }
  if (!items.every((i) => i?.Get)) return validationError('TransactItems must contain only Get actions')
  // Under the write lock, so it never sees half of a transaction.
  return withWriteLock(async () => {
    const responses = []
    for (const { Get: g } of items) {
      const r = await ddb('GetItem', { ...pick(g, ['TableName', 'Key', 'ProjectionExpression', 'ExpressionAttributeNames']), ConsistentRead: true })
      if (!r.ok) return { status: r.status, body: r.data }
      responses.push(r.data.Item ? { Item: r.data.Item } : {})
    }
    return { status: 200, body: { Responses: responses } }
  })
}

// ---------- front server ----------
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding'])
// Resolves once journal recovery is done; requests that arrive earlier wait for it.
let markReady
const ready = new Promise((resolve) => { markReady = resolve })

// dynalite ignores ReturnValuesOnConditionCheckFailure on PutItem/UpdateItem/DeleteItem; real
// DynamoDB then adds the current item to ConditionalCheckFailedException. Runs under the write
// lock, so the item read is the one the condition was checked against.
const SINGLE_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem'])
async function withOldItem (reqBody, up) {
  try {
    const params = JSON.parse(reqBody.toString('utf8'))
    const err = JSON.parse(up.body.toString('utf8'))
    if (params.ReturnValuesOnConditionCheckFailure !== 'ALL_OLD' || errorName(err) !== 'ConditionalCheckFailedException') return up
    const key = params.Key ?? pick(params.Item, await keyNames(params.TableName))
    const r = await ddb('GetItem', { TableName: params.TableName, Key: key, ConsistentRead: true })
    if (!r.ok || !r.data.Item) return up
    const body = Buffer.from(JSON.stringify({ ...err, Item: r.data.Item }))
    const fix = { 'content-length': body.length, 'x-amz-crc32': crc32.unsigned(body) }
    const rawHeaders = up.rawHeaders.map((v, i) => {
      const name = i % 2 ? up.rawHeaders[i - 1].toLowerCase() : null
      return name in fix ? String(fix[name]) : v
    })
    return { ...up, rawHeaders, body }
  } catch {
    return up // keep dynalite's answer when anything about the request is unusual
  }
}

async function proxy (req, res, op, body) {
  const headers = { ...req.headers }
  delete headers.connection
  const forward = async () => {
    const r = await backendRequest(req.method, req.url, headers, body)
    return r.status === 400 && SINGLE_WRITES.has(op) ? withOldItem(body, r) : r
  }
  const up = SERIALISED_WRITES.has(op) ? await withWriteLock(forward)
    : READS.has(op) ? await withReadGate(forward) : await forward()
  if (['CreateTable', 'DeleteTable', 'UpdateTable'].includes(op)) {
    try { keySchemas.delete(JSON.parse(body.toString('utf8')).TableName) } catch { keySchemas.clear() }
  }
  const out = []
  for (let i = 0; i < up.rawHeaders.length; i += 2) {
    if (!HOP_BY_HOP.has(up.rawHeaders[i].toLowerCase())) out.push(up.rawHeaders[i], up.rawHeaders[i + 1])
  }
  res.writeHead(up.status, out)
  res.end(up.body)
}

async function handle (req, res) {
  const chunks = []
  for await (const c of req) chunks.push(c)
  const body = Buffer.concat(chunks)
  await ready
  const op = String(req.headers['x-amz-target'] ?? '').startsWith(TARGET_PREFIX) ? req.headers['x-amz-target'].slice(TARGET_PREFIX.length) : ''
  if (req.method !== 'POST' || (op !== 'TransactWriteItems' && op !== 'TransactGetItems')) return proxy(req, res, op, body)

  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim() === 'application/json' ? 'application/json' : JSON_CT
  let params
  try {
    params = JSON.parse(body.toString('utf8'))
  } catch {
    return send(res, contentType, 400, { __type: 'com.amazon.coral.service#SerializationException' })
  }
  let result
  try {
    result = op === 'TransactWriteItems' ? await transactWriteOnce(params) : await transactGet(params)
  } catch (err) {
    if (err?.status && err?.body) result = err // an error answer from dynalite, e.g. unknown table
    else {
      log(op, 'failed:', err?.stack ?? err)
      result = { status: 500, body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(err?.message ?? err) } }
    }
  }
  send(res, contentType, result.status, result.body)
}

// ---------- startup and shutdown ----------
const backend = dynalite({ path: dataDir ?? undefined, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
// A request with an Origin comes from a web page (the SDK and the AWS CLI never send one), and
// the credentials are public, so any page could read every table: refused, preflights included.
// A Host that is not a loopback name is a page reaching us through DNS rebinding: refused while
// we listen on loopback (--host opens us on purpose, e.g. in a container).
const LOOPBACK_NAME = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d+)?$/i
const anyHost = !/^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/i.test(opts.host)
function refusal (req) {
  if (req.headers.origin !== undefined) return `Requests from web pages are refused (Origin: ${req.headers.origin})`
  if (!anyHost && !LOOPBACK_NAME.test(req.headers.host ?? '')) return `Only loopback host names are answered (Host: ${req.headers.host})`
  return null
}

const front = http.createServer((req, res) => {
  const refused = refusal(req)
  if (refused) {
    req.resume()
    return send(res, JSON_CT, 403, { __type: 'com.amazonaws.dynamodb.v20120810#AccessDeniedException', message: refused })
  }
  handle(req, res).catch((err) => {
    log('request failed:', err?.stack ?? err)
    if (!res.headersSent) send(res, JSON_CT, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'internal error' })
    else res.destroy()
  })
})

let shuttingDown = false
async function shutdown (code = 0) {
  if (shuttingDown) return
  shuttingDown = true
  front.close()
  front.closeIdleConnections()
  await mutexTail // let a running transaction finish (and remove its journal)
  front.closeAllConnections()
  agent.destroy() // dynalite's close waits for our keep-alive sockets otherwise
  await new Promise((resolve) => backend.close((err) => { if (err) log('close:', err.message); resolve() }))
  process.exit(code)
}

function listen (server, p, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(p, host, () => { server.off('error', reject); resolve(server.address().port) })
  })
}

let publicPort
try {
  // Bind the public port first: a busy port must fail before we touch the data directory.
  publicPort = await listen(front, port, opts.host)
} catch (err) {
  log(err.code === 'EADDRINUSE' ? `port ${port} on ${opts.host} is already in use` : `cannot listen on ${opts.host}:${port}: ${err.message}`)
  process.exit(1)
}
try {
  backendPort = await listen(backend, 0, '127.0.0.1')
  await recoverJournal()
} catch (err) {
  log('startup failed:', err?.stack ?? err)
  process.exit(1)
}
markReady()

process.on('SIGTERM', () => shutdown(0))
process.on('SIGINT', () => shutdown(0))
if (!opts['ignore-stdin']) {
  // The Java parent holds a pipe to our stdin; EOF means it is gone, so we go too.
  process.stdin.on('end', () => shutdown(0))
  process.stdin.on('error', () => shutdown(0))
  process.stdin.resume()
}
process.stdout.write(JSON.stringify({ event: 'listening', port: publicPort }) + '\n')
