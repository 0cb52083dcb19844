// What the simulator counts of each context.sync (request and response sizes, cells written).
/** One context.sync as Excel on the web would have sent and received it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Cells whose values or number formats the sync wrote. */
  cellsWritten: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

export interface SimStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Syncs that wrote cells without suspending calculation or screen updating. */
  unsuspendedWrites: number;
  log: SyncRecord[];
}

/** Stats before any sync. */
export function emptyStats(): SimStats {
  return {
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    unsuspendedWrites: 0,
    log: [],
  };
}
