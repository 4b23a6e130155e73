/**
 * What React Flow needs from a browser and jsdom lacks: element sizes, a ResizeObserver and
 * DOMMatrixReadOnly.
 */
export function stubLayoutForReactFlow(): void {
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target }] as ResizeObserverEntry[], this);
    }
    unobserve() {}
    disconnect() {}
  }
  class DOMMatrixReadOnlyStub {
    m22: number;
    constructor(transform?: string) {
      const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')?.[1];
      this.m22 = scale === undefined ? 1 : Number(scale);
    }
  }
  globalThis.ResizeObserver = ResizeObserverStub;
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 500 },
    offsetWidth: { configurable: true, get: () => 500 },
  });
}
