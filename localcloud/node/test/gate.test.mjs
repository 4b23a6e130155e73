import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { startServer } from './helpers.mjs'

const SIGNED = {
  'X-Amz-Date': '20260101T000000Z',
  Authorization: 'AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=abc',
}

// A raw request, because fetch will neither send a chosen Host nor let us forge a preflight.
function request (port, { method = 'POST', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/', headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'DynamoDB_20120810.ListTables', ...SIGNED, ...headers } }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

test('a CORS preflight is refused and allows no origin', async () => {
  const server = await startServer()
  try {
    const r = await request(server.port, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } })
    assert.equal(r.status, 403)
    assert.equal(r.headers['access-control-allow-origin'], undefined)
  } finally { await server.stop() }
})

test('a request from a web page is refused, so a page cannot read the tables', async () => {
  const server = await startServer()
  try {
    const r = await request(server.port, { headers: { Origin: 'https://evil.example' } })
    assert.equal(r.status, 403)
    assert.match(r.text, /AccessDeniedException/)
  } finally { await server.stop() }
})

test('a Host that is not a loopback name is refused (DNS rebinding)', async () => {
  const server = await startServer()
  try {
    assert.equal((await request(server.port, { headers: { Host: `rebound.example:${server.port}` } })).status, 403)
    assert.equal((await request(server.port, { headers: { Host: `localhost:${server.port}` } })).status, 200)
    assert.equal((await request(server.port, { headers: { Host: `127.0.0.1:${server.port}` } })).status, 200)
  } finally { await server.stop() }
})
