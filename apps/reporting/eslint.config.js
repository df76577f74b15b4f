import config from "@praeventionskette/eslint-config/react";

export default config;
