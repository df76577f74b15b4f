import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** The only place that reads process.env: everything configurable, validated at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgres:// oder postgresql:// beginnen.")
    .optional(),
  DEMO_DATA: booleanFlag.default(true),
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(20).default(3),
});

export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the environment; exits with a readable message when it is invalid. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ungültige Konfiguration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}
