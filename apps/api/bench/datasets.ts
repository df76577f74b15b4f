import { runCli, type Storage } from "./servers.js";

/**
 * A data set the server under test starts with. Speed depends on how much data there is, so
 * the same routes run on the demo (Kreis Coesfeld and its neighbours) and on a state-scale set.
 */
export interface Dataset {
  name: string;
  description: string;
  /** Server environment for every start. */
  env: Record<string, string>;
  /** Loads the data into the empty data directory or database before the first start. */
  prepare?: (serverEntry: string, storage: Storage) => Promise<void>;
}

/** The data sets BENCH_SEED can name. */
export const datasets: Record<"demo" | "state", Dataset> = {
  // The server loads the demo itself on its first start (DEMO_DATA=true seeds an empty database).
  demo: { name: "demo", description: "demo data (DEMO_DATA=true)", env: { DEMO_DATA: "true" } },
  // The state-scale generator runs through the CLI, as an operator would load it; it reads the
  // NRW boundary files from GEODATA_DIR (see src/env.ts).
  state: {
    name: "state",
    description: "state-scale data set (cli seed --scale state)",
    env: { DEMO_DATA: "false" },
    prepare: (serverEntry, storage) => runCli(serverEntry, storage, ["seed", "--scale", "state"]),
  },
};

/** The data set BENCH_SEED names. */
export function datasetFor(seed: "demo" | "state"): Dataset {
  return datasets[seed];
}
