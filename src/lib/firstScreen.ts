// Resolved once the app has drawn its first screen (or its start error): work the first screen
// does not need, such as the service worker's registration, waits for it rather than competing
// with the first screen for a slow network.
let shown: () => void = () => undefined;

export const firstScreenShown = new Promise<void>((resolve) => {
  shown = resolve;
});

export function markFirstScreenShown(): void {
  shown();
}
