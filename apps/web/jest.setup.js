// What jsdom lacks and antd asks for; nothing here in a Node test.
if (typeof window !== 'undefined') {
  // React's scheduler takes setImmediate when there is one (Node's), else MessageChannel, which jsdom lacks.
  globalThis.setImmediate ??= (fn, ...args) => setTimeout(fn, 0, ...args);
  // antd's form batches with MessageChannel, which jsdom lacks; Node's own keeps Jest alive.
  globalThis.MessageChannel ??= class {
    constructor() {
      const port = () => ({ onmessage: null, postMessage: null, start() {}, close() {} });
      this.port1 = port();
      this.port2 = port();
      this.port1.postMessage = (data) => setTimeout(() => this.port2.onmessage?.({ data }), 0);
      this.port2.postMessage = (data) => setTimeout(() => this.port1.onmessage?.({ data }), 0);
    }
  };
  globalThis.TextEncoder ??= require('node:util').TextEncoder;
  window.matchMedia ??= (query) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
