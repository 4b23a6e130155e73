import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { startShopServer, getItem, S, N } from './helpers.mjs'

const crc32 = createRequire(import.meta.url)('buffer-crc32')

let server
before(async () => {
  server = await startShopServer()
})
after(async () => {
  const { code } = await server.stop()
  assert.equal(code, 0)
})

// The order flow Stratus uses: conditional stock decrement + order + outbox item.
function orderTx (sku, orderId, n = 1) {
  return {
    TransactItems: [
      {
        Update: {
          TableName: 'products',
          Key: { pk: S(sku) },
          UpdateExpression: 'SET quantity = quantity - :n',
          ConditionExpression: 'quantity >= :n',
          ExpressionAttributeValues: { ':n': N(n) },
        },
      },
      { Put: { TableName: 'orders', Item: { pk: S(orderId), sku: S(sku), n: N(n) } } },
      { Put: { TableName: 'outbox', Item: { pk: S('order'), sk: S(orderId), type: S('OrderPlaced') } } },
    ],
  }
}

test('successful 3-action transaction becomes visible whole', async () => {
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-ok'), quantity: N(5) } })
  const r = await server.call('TransactWriteItems', orderTx('sku-ok', 'order-ok', 2))
  assert.equal(r.status, 200, r.text)
  assert.deepEqual(r.body, {})
  assert.equal(r.headers.get('x-amz-crc32'), String(crc32.unsigned(r.text)))
  assert.equal(r.headers.get('content-type'), 'application/x-amz-json-1.0')
  assert.deepEqual(await getItem(server, 'products', { pk: S('sku-ok') }), { pk: S('sku-ok'), quantity: N(3) })
  assert.deepEqual((await getItem(server, 'orders', { pk: S('order-ok') })).sku, S('sku-ok'))
  assert.deepEqual((await getItem(server, 'outbox', { pk: S('order'), sk: S('order-ok') })).type, S('OrderPlaced'))
})

test('failing condition on the last action leaves earlier items untouched', async () => {
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-a'), quantity: N(10) } })
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('existing'), note: S('before') } })
  const r = await server.call('TransactWriteItems', {
    TransactItems: [
      { Update: { TableName: 'products', Key: { pk: S('sku-a') }, UpdateExpression: 'SET quantity = quantity - :one', ExpressionAttributeValues: { ':one': N(1) } } },
      { Put: { TableName: 'orders', Item: { pk: S('existing'), note: S('overwritten') } } },
      { Put: { TableName: 'orders', Item: { pk: S('brand-new') } } },
      {
        Put: {
          TableName: 'outbox',
          Item: { pk: S('guard'), sk: S('email#a@example.com') },
          ConditionExpression: 'attribute_exists(pk)', // fails: item does not exist
        },
      },
    ],
  })
  assert.equal(r.status, 400, r.text)
  assert.equal(r.body.__type, 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException')
  assert.equal(r.body.message, 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, None, ConditionalCheckFailed]')
  assert.deepEqual(r.body.CancellationReasons, [
    { Code: 'None' }, { Code: 'None' }, { Code: 'None' },
    { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
  ])
  assert.equal(r.headers.get('x-amz-crc32'), String(crc32.unsigned(r.text)))
  assert.deepEqual(await getItem(server, 'products', { pk: S('sku-a') }), { pk: S('sku-a'), quantity: N(10) })
  assert.deepEqual(await getItem(server, 'orders', { pk: S('existing') }), { pk: S('existing'), note: S('before') })
  assert.equal(await getItem(server, 'orders', { pk: S('brand-new') }), null)
  assert.equal(await getItem(server, 'outbox', { pk: S('guard'), sk: S('email#a@example.com') }), null)
})

test('unique-email guard: second user with the same email is cancelled, reason carries ALL_OLD item', async () => {
  const signUp = (userId) => server.call('TransactWriteItems', {
    TransactItems: [
      { Put: { TableName: 'orders', Item: { pk: S(`user#${userId}`), email: S('b@example.com') }, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Put: {
          TableName: 'orders',
          Item: { pk: S('email#b@example.com'), owner: S(userId) },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
    ],
  })
  assert.equal((await signUp('u1')).status, 200)
  const r = await signUp('u2')
  assert.equal(r.status, 400)
  assert.deepEqual(r.body.CancellationReasons, [
    { Code: 'None' },
    { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: S('email#b@example.com'), owner: S('u1') } },
  ])
  assert.equal(await getItem(server, 'orders', { pk: S('user#u2') }), null)
})

test('every failing condition gets its own reason', async () => {
  const r = await server.call('TransactWriteItems', {
    TransactItems: [
      { ConditionCheck: { TableName: 'orders', Key: { pk: S('nope-1') }, ConditionExpression: 'attribute_exists(pk)' } },
      { Delete: { TableName: 'orders', Key: { pk: S('nope-2') } } },
      { ConditionCheck: { TableName: 'orders', Key: { pk: S('nope-3') }, ConditionExpression: 'attribute_exists(pk)' } },
    ],
  })
  assert.equal(r.status, 400)
  assert.deepEqual(r.body.CancellationReasons.map((x) => x.Code), ['ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'])
})

test('ConditionCheck changes nothing, whether the item exists or not', async () => {
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('cc-exists'), v: N(1) } })
  const r = await server.call('TransactWriteItems', {
    TransactItems: [
      { ConditionCheck: { TableName: 'orders', Key: { pk: S('cc-exists') }, ConditionExpression: 'v = :one', ExpressionAttributeValues: { ':one': N(1) } } },
      { ConditionCheck: { TableName: 'orders', Key: { pk: S('cc-missing') }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: 'orders', Item: { pk: S('cc-result') } } },
    ],
  })
  assert.equal(r.status, 200, r.text)
  assert.deepEqual(await getItem(server, 'orders', { pk: S('cc-exists') }), { pk: S('cc-exists'), v: N(1) })
  assert.equal(await getItem(server, 'orders', { pk: S('cc-missing') }), null)
  assert.notEqual(await getItem(server, 'orders', { pk: S('cc-result') }), null)
})

test('two actions on the same item are a ValidationException and change nothing', async () => {
  const r = await server.call('TransactWriteItems', {
    TransactItems: [
      { Put: { TableName: 'orders', Item: { pk: S('dup'), a: N(1) } } },
      { Update: { TableName: 'orders', Key: { pk: S('dup') }, UpdateExpression: 'SET b = :b', ExpressionAttributeValues: { ':b': N(2) } } },
    ],
  })
  assert.equal(r.status, 400)
  assert.equal(r.body.__type, 'com.amazon.coral.validate#ValidationException')
  assert.equal(r.body.message, 'Transaction request cannot include multiple operations on one item')
  assert.equal(await getItem(server, 'orders', { pk: S('dup') }), null)
})

test('malformed requests are rejected', async () => {
  const empty = await server.call('TransactWriteItems', { TransactItems: [] })
  assert.equal(empty.status, 400)
  assert.match(empty.body.__type, /#ValidationException$/)
  const tooMany = await server.call('TransactWriteItems', {
    TransactItems: Array.from({ length: 101 }, (_, i) => ({ Put: { TableName: 'orders', Item: { pk: S(`m${i}`) } } })),
  })
  assert.equal(tooMany.status, 400)
  assert.match(tooMany.body.__type, /#ValidationException$/)
  const twoKinds = await server.call('TransactWriteItems', {
    TransactItems: [{ Put: { TableName: 'orders', Item: { pk: S('x') } }, Delete: { TableName: 'orders', Key: { pk: S('x') } } }],
  })
  assert.equal(twoKinds.status, 400)
  assert.match(twoKinds.body.__type, /#ValidationException$/)
  const noTable = await server.call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'missing-table', Item: { pk: S('x') } } }] })
  assert.equal(noTable.status, 400)
  assert.match(noTable.body.__type, /#ResourceNotFoundException$/)
})

test('an error from dynalite mid-transaction undoes earlier actions and is returned as is', async () => {
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('mid'), v: N(1) } })
  const r = await server.call('TransactWriteItems', {
    TransactItems: [
      { Put: { TableName: 'orders', Item: { pk: S('mid'), v: N(2) } } },
      // Adding to a string attribute is a ValidationException at execution time.
      { Update: { TableName: 'outbox', Key: { pk: S('order'), sk: S('order-ok') }, UpdateExpression: 'SET #t = #t + :one', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':one': N(1) } } },
    ],
  })
  assert.equal(r.status, 400, r.text)
  assert.match(r.body.__type, /#ValidationException$/)
  assert.deepEqual(await getItem(server, 'orders', { pk: S('mid') }), { pk: S('mid'), v: N(1) })
})

test('100 concurrent orders against a stock of 50: exactly 50 succeed', async () => {
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-race'), quantity: N(50) } })
  const results = await Promise.all(Array.from({ length: 100 }, (_, i) => server.call('TransactWriteItems', orderTx('sku-race', `race-${i}`))))
  const ok = results.filter((r) => r.status === 200)
  const cancelled = results.filter((r) => r.body?.__type?.endsWith('#TransactionCanceledException'))
  assert.equal(ok.length, 50)
  assert.equal(cancelled.length, 50)
  assert.deepEqual(await getItem(server, 'products', { pk: S('sku-race') }), { pk: S('sku-race'), quantity: N(0) })
  const orders = await server.call('Scan', { TableName: 'orders', FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': S('race-') }, Select: 'COUNT' })
  assert.equal(orders.body.Count, 50)
  const outbox = await server.call('Query', { TableName: 'outbox', KeyConditionExpression: 'pk = :o AND begins_with(sk, :p)', ExpressionAttributeValues: { ':o': S('order'), ':p': S('race-') }, Select: 'COUNT' })
  assert.equal(outbox.body.Count, 50)
})

test('TransactGetItems returns items in order, {} for missing ones, honours projections', async () => {
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('g1'), a: N(1), b: N(2) } })
  const r = await server.call('TransactGetItems', {
    TransactItems: [
      { Get: { TableName: 'orders', Key: { pk: S('g1') } } },
      { Get: { TableName: 'orders', Key: { pk: S('g-missing') } } },
      { Get: { TableName: 'orders', Key: { pk: S('g1') }, ProjectionExpression: '#b', ExpressionAttributeNames: { '#b': 'b' } } },
    ],
  })
  assert.equal(r.status, 200, r.text)
  assert.equal(r.headers.get('x-amz-crc32'), String(crc32.unsigned(r.text)))
  assert.deepEqual(r.body, { Responses: [{ Item: { pk: S('g1'), a: N(1), b: N(2) } }, {}, { Item: { b: N(2) } }] })
})

test('plain writes accept ReturnValuesOnConditionCheckFailure and report the current item', async () => {
  await server.call('PutItem', { TableName: 'orders', Item: { pk: S('rv'), v: N(7) } })
  const put = await server.call('PutItem', {
    TableName: 'orders', Item: { pk: S('rv'), v: N(8) }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  })
  assert.equal(put.status, 400)
  assert.match(put.body.__type, /#ConditionalCheckFailedException$/)
  assert.deepEqual(put.body.Item, { pk: S('rv'), v: N(7) })
  assert.equal(put.headers.get('x-amz-crc32'), String(crc32.unsigned(put.text)))
  assert.equal(put.headers.get('content-length'), String(Buffer.byteLength(put.text)))
  const del = await server.call('DeleteItem', {
    TableName: 'orders', Key: { pk: S('rv') }, ConditionExpression: 'v = :x', ExpressionAttributeValues: { ':x': N(1) }, ReturnValuesOnConditionCheckFailure: 'NONE',
  })
  assert.equal(del.status, 400)
  assert.equal(del.body.Item, undefined)
  const upd = await server.call('UpdateItem', {
    TableName: 'orders', Key: { pk: S('rv') }, UpdateExpression: 'SET v = :x', ExpressionAttributeValues: { ':x': N(9) }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  })
  assert.equal(upd.status, 200, upd.text)
})

test('other requests are proxied to dynalite unchanged, with its crc32', async () => {
  const r = await server.call('ListTables', {})
  assert.equal(r.status, 200)
  assert.deepEqual(r.body.TableNames, ['orders', 'outbox', 'products'])
  assert.equal(r.headers.get('x-amz-crc32'), String(crc32.unsigned(r.text)))
  assert.ok(r.headers.get('x-amzn-requestid'))
  const unknown = await server.call('NoSuchOperation', {})
  assert.equal(unknown.status, 400)
  assert.match(unknown.body.__type, /UnknownOperationException$/)
})

test('a retry with the client token of a committed transaction succeeds without applying it twice', async () => {
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-token'), quantity: N(5) } })
  const tx = { ...orderTx('sku-token', 'order-token', 2), ClientRequestToken: 'retry-1' }

  const first = await server.call('TransactWriteItems', tx)
  const retry = await server.call('TransactWriteItems', tx)
  const other = await server.call('TransactWriteItems', { ...orderTx('sku-token', 'order-other', 1), ClientRequestToken: 'retry-1' })

  assert.equal(first.status, 200)
  assert.equal(retry.status, 200)
  assert.equal((await getItem(server, 'products', { pk: S('sku-token') })).quantity.N, '3')
  assert.equal(other.status, 400)
  assert.match(other.body.__type, /IdempotentParameterMismatchException$/)
})

test('a cancelled transaction is not remembered: its retry runs again', async () => {
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-late'), quantity: N(0) } })
  const tx = { ...orderTx('sku-late', 'order-late', 1), ClientRequestToken: 'retry-2' }

  const cancelled = await server.call('TransactWriteItems', tx)
  await server.call('PutItem', { TableName: 'products', Item: { pk: S('sku-late'), quantity: N(1) } })
  const retried = await server.call('TransactWriteItems', tx)

  assert.equal(cancelled.status, 400)
  assert.equal(retried.status, 200)
  assert.equal((await getItem(server, 'products', { pk: S('sku-late') })).quantity.N, '0')
})
