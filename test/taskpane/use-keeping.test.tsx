/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useKeeping } from "../../src/taskpane/browser/useKeeping";
import type { Draft, DraftStore } from "../../src/taskpane/browser/draft-store";

/** A document that changes when the test says so. */
function changingDoc(bytes: Uint8Array) {
  const listeners = new Set<() => void>();
  return {
    onChange(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    toBytes: () => bytes,
    change: () => listeners.forEach((l) => l()),
  };
}

function store(): DraftStore & { saved: Draft[] } {
  const saved: Draft[] = [];
  return {
    saved,
    load: async () => saved.at(-1),
    save: async (d) => void saved.push(d),
    clear: async () => undefined,
  };
}

const now = () => new Date(2026, 10, 23, 9, 30);

describe("useKeeping", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("stores the draft once the typing pauses, not on every key", () => {
    const doc = changingDoc(new Uint8Array([1]));
    const drafts = store();
    const { result } = renderHook(() => useKeeping(doc, () => "SOP De Bron.docx", drafts, now));
    act(() => {
      doc.change();
      doc.change();
    });
    expect(result.current.dirty).toBe(true);
    expect(drafts.saved).toHaveLength(0);
    act(() => void jest.advanceTimersByTime(1000));
    expect(drafts.saved).toHaveLength(1);
    expect(drafts.saved[0]?.name).toBe("SOP De Bron.docx");
  });

  it("keeps the last change when the document is closed within the pause", () => {
    const doc = changingDoc(new Uint8Array([7, 7]));
    const drafts = store();
    const { unmount } = renderHook(() => useKeeping(doc, () => "SOP De Bron.docx", drafts, now));
    act(() => doc.change());
    unmount();
    expect(drafts.saved.map((d) => [...d.bytes])).toEqual([[7, 7]]);
  });

  it("says at once that a change is not downloaded, and stops saying so after a download", () => {
    const doc = changingDoc(new Uint8Array([1]));
    const drafts = store();
    const { result } = renderHook(() => useKeeping(doc, () => "x.docx", drafts, now));
    act(() => doc.change());
    expect(result.current.isDirty()).toBe(true);
    act(() => result.current.downloaded());
    expect(result.current.isDirty()).toBe(false);
    expect(result.current.dirty).toBe(false);
  });

  it("a document that cannot be saved keeps the earlier draft and breaks nothing", () => {
    const doc = changingDoc(new Uint8Array([1]));
    const drafts = store();
    renderHook(() => useKeeping(doc, () => "x.docx", drafts, now));
    act(() => doc.change());
    act(() => void jest.advanceTimersByTime(1000));
    doc.toBytes = () => {
      throw new Error("beschadigd onderdeel");
    };
    act(() => doc.change());
    expect(() => act(() => void jest.advanceTimersByTime(1000))).not.toThrow();
    expect(drafts.saved).toHaveLength(1);
  });
});
