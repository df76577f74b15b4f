/**
 * The sequential map palette: five steps of viridis, light (low values) to dark (high values).
 * Viridis stays ordered for the common colour-vision deficiencies and in greyscale print. The
 * legend's text sits beside the swatches, never on them, so its contrast is that of body text;
 * every shape has a dark outline (#1b2430), which keeps even the lightest step apart from the
 * white page.
 */
export const SEQUENTIAL_PALETTE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;

/** Outline of shapes, the text colour of the tokens (15.9:1 on white). */
export const SHAPE_OUTLINE = "#1b2430";
