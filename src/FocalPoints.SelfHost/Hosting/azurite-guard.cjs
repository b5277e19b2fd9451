// Loaded before Azurite (node -r): Azurite belongs to the self-host that started it.
// A terminal's Ctrl+C and systemd's stop signal every process of the group, Azurite too; had it
// closed at once, the host's last storage calls would wait out their timeouts (30 s to stop).
// So SIGINT and SIGTERM are ignored here, and Azurite closes (saving its data) when the host
// sends SIGUSR2 after it has stopped itself, or when the host is gone (killed).
'use strict';

const parent = process.ppid;
const once = process.once.bind(process);
let close;
let closing = false;

function stop() {
  if (closing) {
    return;
  }

  closing = true;

  // Azurite saves its data once its servers have closed, and a server closes when its last
  // connection does: the host's storage clients keep theirs open (keep-alive) for seconds after
  // the host has stopped. Nothing is asked over them any more: they are closed with the servers.
  const http = require('node:http');
  const closeServer = http.Server.prototype.close;
  http.Server.prototype.close = function (...args) {
    const result = closeServer.apply(this, args);
    this.closeAllConnections();
    return result;
  };

  if (close) {
    close();
  } else {
    process.exit(0); // not yet serving: nothing to save
  }
}

// Azurite's own SIGINT/SIGTERM handler is what closes it: kept for SIGUSR2 instead.
process.once = function (event, listener) {
  if (event === 'SIGINT' || event === 'SIGTERM') {
    close = close ?? listener;
    return process;
  }

  return once(event, listener);
};

// Once the host is gone, so is the other end of Azurite's stdout and stderr: the closing lines
// Azurite writes there would fail (EPIPE) and end it before it has saved.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.on('SIGUSR2', stop);
setInterval(() => {
  if (process.ppid !== parent) {
    stop();
  }
}, 500).unref();
