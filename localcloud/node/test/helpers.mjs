// Shared helpers: start dynamodb-server.mjs as a child process and speak DynamoDB's JSON protocol.
import { spawn } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'

const SERVER = fileURLToPath(new URL('../dynamodb-server.mjs', import.meta.url))

// Resolves when `check()` returns a truthy value; fails after `ms` (polling, no fixed sleeps).
export async function until (check, ms = 10_000, what = 'condition') {
  const deadline = Date.now() + ms
  for (;;) {
    const v = await check()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export function freePort () {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

// Starts the server; resolves once the ready line arrives. `args` e.g. ['--path', dir]; `nodeArgs`
// go to Node itself, e.g. a heap limit.
export async function startServer ({ port = 0, args = [], nodeArgs = [] } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--port', String(port), ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => { stdout += d })
  child.stderr.on('data', (d) => { stderr += d })
  // Don't let a server that a failed test left running keep the test process alive; when the
  // test process exits, the server sees stdin EOF and exits too.
  child.unref()
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream.unref()
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  let exit = null
  exited.then((e) => { exit = e })
  await until(() => stdout.includes('\n') || exit, 15_000, 'ready line')
  if (!stdout.includes('\n')) throw new Error(`server exited early ${JSON.stringify(exit)}: ${stderr}`)
  const ready = JSON.parse(stdout.split('\n')[0])
  const server = {
    child,
    port: ready.port,
    ready,
    // Polls (timers keep this process alive, the unref'd child does not).
    waitExit: (ms = 15_000) => until(() => exit, ms, 'server exit'),
    get stdout () { return stdout },
    get stderr () { return stderr },
    call: (op, params) => call(ready.port, op, params),
    // Clean stop through SIGTERM; resolves with the exit code.
    async stop () {
      if (exit) return exit
      child.kill('SIGTERM')
      return server.waitExit()
    },
  }
  return server
}

// One DynamoDB API call. Returns { status, headers, body } with body parsed from JSON.
export async function call (port, op, params) {
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `DynamoDB_20120810.${op}`,
      'X-Amz-Date': '20260101T000000Z',
      Authorization: 'AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=abc',
    },
    body: JSON.stringify(params),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : null }
}

// Attribute values in DynamoDB's wire shape.
export const S = (s) => ({ S: s })
export const N = (n) => ({ N: String(n) })

// An in-memory server with the order-shaped tables the transaction tests write: products, orders and an outbox.
export async function startShopServer () {
  const server = await startServer()
  await createTable(server, 'products')
  await createTable(server, 'orders')
  await createTable(server, 'outbox', { range: true })
  return server
}

// Table with a string hash key `pk` (and optional string range key `sk`).
export async function createTable (server, name, { range = false } = {}) {
  const r = await server.call('CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, ...(range ? [{ AttributeName: 'sk', AttributeType: 'S' }] : [])],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, ...(range ? [{ AttributeName: 'sk', KeyType: 'RANGE' }] : [])],
    BillingMode: 'PAY_PER_REQUEST',
  })
  if (r.status !== 200) throw new Error(`CreateTable failed: ${r.text}`)
  // dynalite, like DynamoDB, answers CREATING and turns ACTIVE on a timer (createTableMs=0 is
  // still a turn of the event loop later, and on a busy machine a DescribeTable can come first).
  await until(async () => (await server.call('DescribeTable', { TableName: name })).body.Table.TableStatus === 'ACTIVE',
    10_000, `table ${name} ACTIVE`)
}

export async function getItem (server, table, key) {
  const r = await server.call('GetItem', { TableName: table, Key: key, ConsistentRead: true })
  if (r.status !== 200) throw new Error(`GetItem failed: ${r.text}`)
  return r.body.Item ?? null
}
