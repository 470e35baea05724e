/** Small helpers shared by the dictionary's sections. */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
export const q = (text: string) => `« ${text} »`;
