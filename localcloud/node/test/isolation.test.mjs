// Plain reads against transactions: a reader must never see a transaction that is later undone.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startShopServer, S, N } from './helpers.mjs'


let server
before(async () => {
  server = await startShopServer()
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sold-out'), quantity: N(0) } })
})
after(async () => {
  const { code } = await server.stop()
  assert.equal(code, 0)
})

// An order for a sold-out product: its order and outbox writes land, then its stock condition
// fails and they are undone.
const doomedOrder = (i) => ({
  TransactItems: [
    { Put: { TableName: 'orders', Item: { pk: S('ghost'), attempt: N(i) } } },
    { Put: { TableName: 'outbox', Item: { pk: S('ghost'), sk: S(`order-${i}`) } } },
    {
      Update: {
        TableName: 'products',
        Key: { pk: S('sold-out') },
        UpdateExpression: 'SET quantity = quantity - :n',
        ConditionExpression: 'quantity >= :n',
        ExpressionAttributeValues: { ':n': N(1) },
      },
    },
  ],
})

// Every kind of plain read, each reporting whether it saw any of the doomed writes.
const readers = [
  async () => (await server.call('GetItem', { TableName: 'orders', Key: { pk: S('ghost') } })).body.Item !== undefined,
  async () => (await server.call('Query', {
    TableName: 'outbox', KeyConditionExpression: 'pk = :g', ExpressionAttributeValues: { ':g': S('ghost') },
  })).body.Count > 0,
  async () => (await server.call('Scan', { TableName: 'orders' })).body.Items.some((item) => item.pk.S === 'ghost'),
  async () => (await server.call('BatchGetItem', {
    RequestItems: { orders: { Keys: [{ pk: S('ghost') }] }, outbox: { Keys: [{ pk: S('ghost'), sk: S('order-0') }] } },
  })).body.Responses.orders.length > 0,
  async () => (await server.call('GetItem', { TableName: 'products', Key: { pk: S('sold-out') } })).body.Item.quantity.N !== '0',
]

test('readers never see the writes of transactions that are cancelled', async () => {
  let running = true
  let reads = 0
  const sightings = []
  const read = async (reader, n) => {
    while (running) {
      if (await reader()) sightings.push(n)
      reads++
    }
  }
  // Two loops per kind of read, so that reads are in flight whenever a transaction applies.
  const loops = [...readers, ...readers].map((reader, n) => read(reader, n % readers.length))
  try {
    for (let i = 0; i < 150; i++) {
      const r = await server.call('TransactWriteItems', doomedOrder(i))
      assert.match(r.body.__type, /#TransactionCanceledException$/, r.text)
    }
  } finally {
    running = false
    await Promise.all(loops)
  }
  assert.deepEqual(sightings, [], `reads by reader ${[...new Set(sightings)]} saw a cancelled transaction`)
  assert.ok(reads >= 150, `only ${reads} reads ran beside 150 transactions`)
})

test('reads wait out a transaction, not the other reads', async () => {
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('plain') } })
  const results = await Promise.all([
    ...Array.from({ length: 20 }, () => server.call('GetItem', { TableName: 'orders', Key: { pk: S('plain') } })),
    server.call('TransactWriteItems', doomedOrder(1000)),
    ...Array.from({ length: 20 }, () => server.call('Query', {
      TableName: 'outbox', KeyConditionExpression: 'pk = :g', ExpressionAttributeValues: { ':g': S('ghost') },
    })),
  ])
  const [gets, tx, queries] = [results.slice(0, 20), results[20], results.slice(21)]
  assert.ok(gets.every((r) => r.status === 200 && r.body.Item.pk.S === 'plain'))
  assert.match(tx.body.__type, /#TransactionCanceledException$/)
  assert.ok(queries.every((r) => r.status === 200 && r.body.Count === 0))
})
