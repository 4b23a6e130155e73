import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { startServer, createTable, getItem, freePort, S, N } from './helpers.mjs'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'stratus-dynamodb-'))

test('ready line is the only stdout output and names the requested port', async () => {
  const port = await freePort()
  const server = await startServer({ port })
  assert.equal(server.port, port)
  assert.deepEqual(server.ready, { event: 'listening', port })
  await createTable(server, 'things')
  assert.equal((await server.call('PutItem', { TableName: 'things', Item: { pk: S('a') } })).status, 200)
  assert.equal((await server.stop()).code, 0)
  assert.equal(server.stdout, `{"event":"listening","port":${port}}\n`)
})

test('data persists across a restart with --path (directory created if missing)', async () => {
  const dir = path.join(tempDir(), 'nested', 'data')
  const first = await startServer({ args: ['--path', dir] })
  await createTable(first, 'stock')
  await first.call('PutItem', { TableName: 'stock', Item: { pk: S('p1'), quantity: N(3) } })
  const tx = await first.call('TransactWriteItems', {
    TransactItems: [
      { Update: { TableName: 'stock', Key: { pk: S('p1') }, UpdateExpression: 'SET quantity = quantity - :n', ConditionExpression: 'quantity >= :n', ExpressionAttributeValues: { ':n': N(2) } } },
      { Put: { TableName: 'stock', Item: { pk: S('order-1') } } },
    ],
  })
  assert.equal(tx.status, 200, tx.text)
  assert.equal(fs.existsSync(path.join(dir, 'transaction-journal.json')), false, 'journal removed after commit')
  assert.equal((await first.stop()).code, 0)

  const second = await startServer({ args: ['--path', dir] })
  try {
    assert.deepEqual(await getItem(second, 'stock', { pk: S('p1') }), { pk: S('p1'), quantity: N(1) })
    assert.deepEqual(await getItem(second, 'stock', { pk: S('order-1') }), { pk: S('order-1') })
  } finally {
    assert.equal((await second.stop()).code, 0)
  }
})

test('a journal left behind by a crash is undone before the server listens', async () => {
  const dir = tempDir()
  const first = await startServer({ args: ['--path', dir] })
  await createTable(first, 'stock')
  // State as a crash would leave it: first action applied (quantity 5 -> 4), second applied (new order).
  await first.call('PutItem', { TableName: 'stock', Item: { pk: S('p1'), quantity: N(4) } })
  await first.call('PutItem', { TableName: 'stock', Item: { pk: S('order-9') } })
  await first.call('PutItem', { TableName: 'stock', Item: { pk: S('untouched'), v: N(1) } })
  assert.equal((await first.stop()).code, 0)
  fs.writeFileSync(path.join(dir, 'transaction-journal.json'), JSON.stringify({
    version: 1,
    entries: [
      { table: 'stock', key: { pk: S('p1') }, old: { pk: S('p1'), quantity: N(5) } },
      { table: 'stock', key: { pk: S('order-9') }, old: null },
    ],
  }))

  const second = await startServer({ args: ['--path', dir] })
  try {
    assert.equal(fs.existsSync(path.join(dir, 'transaction-journal.json')), false)
    assert.deepEqual(await getItem(second, 'stock', { pk: S('p1') }), { pk: S('p1'), quantity: N(5) })
    assert.equal(await getItem(second, 'stock', { pk: S('order-9') }), null)
    assert.deepEqual(await getItem(second, 'stock', { pk: S('untouched') }), { pk: S('untouched'), v: N(1) })
  } finally {
    assert.equal((await second.stop()).code, 0)
  }
})

test('a torn journal (crash while writing it) is discarded', async () => {
  const dir = tempDir()
  fs.writeFileSync(path.join(dir, 'transaction-journal.json'), '{"version":1,"entr')
  const server = await startServer({ args: ['--path', dir] })
  assert.equal(fs.existsSync(path.join(dir, 'transaction-journal.json')), false)
  assert.equal((await server.stop()).code, 0)
})

test('stdin EOF makes the process exit cleanly', async () => {
  const server = await startServer()
  await createTable(server, 'things')
  server.child.stdin.end()
  assert.equal((await server.waitExit(10_000)).code, 0)
})

test('SIGINT shuts down with exit code 0 and flushes data', async () => {
  const dir = tempDir()
  const first = await startServer({ args: ['--path', dir] })
  await createTable(first, 'things')
  await first.call('PutItem', { TableName: 'things', Item: { pk: S('kept') } })
  first.child.kill('SIGINT')
  assert.equal((await first.waitExit()).code, 0)
  const second = await startServer({ args: ['--path', dir] })
  assert.deepEqual(await getItem(second, 'things', { pk: S('kept') }), { pk: S('kept') })
  assert.equal((await second.stop()).code, 0)
})

test('queries close their LevelDB iterators: thousands of them fit in a small heap', async () => {
  // Each unclosed iterator kept tens of KB reachable; 6,000 of them overflowed this heap.
  const server = await startServer({ nodeArgs: ['--max-old-space-size=40'], args: ['--path', tempDir()] })
  try {
    await createTable(server, 'pages', { range: true })
    for (let i = 0; i < 40; i++) {
      await server.call('PutItem', { TableName: 'pages', Item: { pk: S('p'), sk: S(String(i).padStart(3, '0')), body: S('x'.repeat(500)) } })
    }
    const page = { TableName: 'pages', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': S('p') }, Limit: 20 }
    for (let round = 0; round < 150; round++) {
      const answers = await Promise.all(Array.from({ length: 40 }, () => server.call('Query', page)))
      assert.deepEqual(answers.map((a) => a.status).filter((s) => s !== 200), [], `round ${round}: ${server.stderr}`)
    }
  } finally {
    assert.equal((await server.stop()).code, 0, server.stderr)
  }
})

test('a busy port is reported on stderr with exit code 1', async () => {
  const blocker = net.createServer()
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  const { port } = blocker.address()
  try {
    await assert.rejects(startServer({ port }), /server exited early \{"code":1,"signal":null\}: .*already in use/)
  } finally {
    blocker.close()
  }
})
