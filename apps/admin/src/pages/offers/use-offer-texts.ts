import { useAreaTexts } from "../../lib/area-texts.js";
import { offerAreaDe, offerAreaEn } from "./texts.js";

/** `useTranslation` with the offer area's further texts (`offerArea.*`), which load with its pages. */
export function useOfferTexts() {
  return useAreaTexts("offerArea", offerAreaDe, offerAreaEn);
}
