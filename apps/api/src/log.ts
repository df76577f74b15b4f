import { pino } from "pino";

/**
 * The server's log: one JSON object a line on stdout (time, level, msg and fields), which log
 * collectors of the municipal data centres read as they are. Personal data stays out: requests
 * are logged with method, path, status and duration, never with bodies or cookies.
 */
export const log = pino({
  base: { service: "praeventionskette" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
