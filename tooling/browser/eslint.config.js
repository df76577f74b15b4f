import config from "@praeventionskette/eslint-config";

export default config;
