import type { WordContentControl, WordHost } from "./api";
import { WATCH_PATH, queueControls } from "./controls";

/** How long after its own write the adapter takes Word's events to be about that write (ms). */
export const OWN_WRITE_MS = 1500;

/**
 * Hears changes made in Word and tells the listener once per burst. Two signals, because neither is
 * enough alone (office-js.md): `onDataChanged` fires only when the person leaves a control on
 * Windows and Mac and not on undo in older builds, so a selection change (debounced) catches the
 * rest. Word fires both for the add-in's own writes too: those are not passed on, since the pane
 * reads the document itself after writing, and a second full read would only cost time.
 */
export class ChangeWatch<K extends string> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopSelection: (() => void) | undefined;
  /** Set once onDataChanged handlers are registered on the current controls. */
  private watching: Promise<void> | undefined;
  /** Controls the adapter wrote, by id, with the time until which their events are its own. */
  private readonly own = new Map<number, number>();
  /** Until when selection changes are the adapter's own (it moved the cursor while writing). */
  private quietUntil = 0;

  constructor(
    private readonly host: WordHost<K>,
    private readonly debounceMs: number,
    private readonly notify: () => void,
  ) {}

  start(): void {
    this.stopSelection = this.host.onSelectionChanged(() => {
      if (Date.now() > this.quietUntil) this.schedule();
    });
    this.watchControls();
  }

  stop(): void {
    this.stopSelection?.();
    this.stopSelection = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The controls are new (a template was inserted): their handlers must be registered again. */
  renew(active: boolean): void {
    this.watching = undefined;
    this.own.clear();
    if (active) this.watchControls();
  }

  /** Marks the events Word will send about a write of these controls as the adapter's own. */
  wrote(ids: readonly number[]): void {
    const until = Date.now() + OWN_WRITE_MS;
    for (const id of ids) this.own.set(id, until);
    this.quietUntil = until;
  }

  /** Changes made in Word arrive in bursts (typing, several events per edit): tell listeners once. */
  private schedule(): void {
    if (!this.stopSelection) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.notify();
    }, this.debounceMs);
  }

  private dataChanged(id: number): void {
    const until = this.own.get(id);
    if (until !== undefined && Date.now() <= until) return;
    this.schedule();
  }

  /**
   * Registers onDataChanged on every SOP control, once per set of controls, each control tracked
   * first: "content control events require you to call track()" (Word add-in events docs), and on
   * the web no event comes without it. The handlers stay for the life of the document and do nothing
   * while nobody listens; if registering fails (an older Word), the selection signal still works.
   */
  private watchControls(): void {
    if (this.watching || !this.host.isSetSupported("WordApi", "1.5")) return;
    this.watching = this.host
      .run(async (context) => {
        const { all } = queueControls(context, this.host, WATCH_PATH);
        await context.sync();
        const sop = all.items.filter((cc: WordContentControl) => cc.tag.startsWith("sop:"));
        for (const cc of sop) {
          const id = cc.id;
          cc.track();
          cc.onDataChanged.add(async () => this.dataChanged(id));
        }
        await context.sync();
      })
      .catch(() => undefined);
  }
}
