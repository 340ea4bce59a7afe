// A subscriber for the eventing bench, in its own thread so that receiving
// 10,000 events/s does not share an event loop with the sender it measures.
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

const now = () => performance.timeOrigin + performance.now();
let latencies = [];
let count = 0;
const ids = new Set();

const server = http.createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  req.on('end', () => {
    const sentAt = Number(req.headers['ce-sentat']);
    if (sentAt) latencies.push(now() - sentAt);
    count++;
    ids.add(`${req.url} ${req.headers['ce-id']}`);
    res.writeHead(202).end();
  });
});
server.keepAliveTimeout = 65_000;

parentPort.on('message', (msg) => {
  if (msg === 'report') parentPort.postMessage({ count, unique: ids.size, latencies });
  if (msg === 'reset') {
    latencies = [];
    count = 0;
    ids.clear();
  }
  if (msg === 'close') server.close(() => process.exit(0));
});

server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
