'use strict';

/**
 * A minimal sequential test runner: the browser steps share one server and one page, and a later
 * step often needs an earlier one (log in before opening the page), so a failed step skips the
 * steps that depend on it instead of cascading errors.
 */
function createHarness() {
  const results = [];

  async function test(name, fn, { dependsOn = [] } = {}) {
    const blocked = dependsOn.find((dep) => !results.some((r) => r.name === dep && r.ok));
    if (blocked) {
      results.push({ name, ok: false, error: `skipped: "${blocked}" did not pass` });
      console.log(`  ✗ ${name} (skipped: "${blocked}" did not pass)`);
      return false;
    }
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      const message = error && error.stack ? error.stack : String(error);
      results.push({ name, ok: false, error: message });
      console.log(`  ✗ ${name}\n${indent(message)}`);
      return false;
    }
  }

  function summary() {
    const passed = results.filter((r) => r.ok).length;
    return { passed, failed: results.length - passed };
  }

  return { test, summary, results };
}

function indent(text) {
  return text
    .split('\n')
    .slice(0, 12)
    .map((line) => `      ${line}`)
    .join('\n');
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

module.exports = { createHarness, assert };
