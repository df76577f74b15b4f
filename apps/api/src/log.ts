import { destination, pino } from "pino";

/**
 * The server's log: one JSON object a line on stdout (time, level, msg and fields), which log
 * collectors of the municipal data centres read as they are. Personal data stays out: requests
 * are logged with method, path, status and duration, never with bodies or cookies.
 */
export const log = pino(
  {
    base: { service: "praeventionskette" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  // Written asynchronously: under load the lines of many requests go out in one write instead of
  // one blocking write each (a tenth of a cached answer's time). An idle server still writes each
  // line at once, and pino writes what is left when the process exits.
  destination({ dest: 1, sync: false }),
);
