#!/usr/bin/env node
// SIGUSR1 would start Node's inspector and print its banner into the dashboard; taking it turns that off.
process.on('SIGUSR1', () => {});
import('../dist/entry.js');
