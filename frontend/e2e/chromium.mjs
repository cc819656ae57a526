/** Debian's Chromium, headless, with nothing downloading in the background (shared by the tests and the video generator). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Extra flags for a fake camera that plays the given .y4m/.mjpeg file. */
export function fakeCameraArgs(videoPath) {
  return videoPath
    ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${videoPath}`]
    : ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
}
