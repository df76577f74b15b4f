// The shared React base of the three apps. Import "@praeventionskette/ui/base.css" once per app.
export { apiLinkOptions, createQueryClient } from "./api/clients.js";
export { loadRuntimeConfig, type RuntimeConfig } from "./api/runtime-config.js";
export { Button, ButtonLink, type ButtonVariant } from "./components/Button.js";
export { Checkbox } from "./components/Checkbox.js";
export { ComboBox } from "./components/ComboBox.js";
export { type ColumnMeta, DataTable } from "./components/DataTable.js";
export { DateField } from "./components/DateField.js";
export { Dialog, DialogActions } from "./components/Dialog.js";
export { type Option, Select } from "./components/Select.js";
export { type TabItem, Tabs } from "./components/Tabs.js";
export { type FieldTextProps, TextField } from "./components/TextField.js";
export { showToast, ToastArea, type ToastMessage } from "./components/Toast.js";
export { errorMessage, fieldErrorsFromApi, firstFieldError, isConflict } from "./form/api-errors.js";
export { createI18n } from "./i18n/create-i18n.js";
export { AppShell, Notice, PageHeader } from "./layout/AppShell.js";
export { type InterfaceLanguage, LanguageSwitch } from "./layout/LanguageSwitch.js";
