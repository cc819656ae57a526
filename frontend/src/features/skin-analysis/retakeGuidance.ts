import type { RetakeReason } from './types';

export interface Guidance {
  title: string;
  why: string;
  /** What to change, as short steps. */
  steps: string[];
}

const GUIDANCE: Record<string, Guidance> = {
  'no-face': {
    title: 'We could not find a face',
    why: 'To read your colouring we first need to see your face clearly.',
    steps: ['Look straight at the camera.', 'Keep your whole face inside the oval.', 'Move hair, hands, hats or sunglasses away from your face.'],
  },
  'too-dark': {
    title: 'The photo is too dark',
    why: 'In dim light the camera guesses colours, so your skin tone cannot be measured reliably.',
    steps: ['Face a window with daylight, or turn on a bright white light in front of you.', 'Avoid having a bright window behind you.', 'Take the photo again.'],
  },
  overexposed: {
    title: 'The photo is too bright',
    why: 'Parts of your face are washed out to white, and those areas have no colour left to measure.',
    steps: ['Step out of direct sunlight or away from the lamp.', 'Soft, even light (a window on a cloudy day) works best.', 'Turn off the flash.'],
  },
  blurry: {
    title: 'The photo is blurry',
    why: 'A blurry photo mixes skin, hair and background colours together.',
    steps: ['Hold the phone steady with both hands, or rest it on something.', 'Wipe the camera lens.', 'Wait for the picture to be sharp before you take it.'],
  },
  'color-cast': {
    title: 'The light is tinted',
    why: 'Warm bulbs, coloured lamps or light bouncing off a coloured wall change how your skin looks.',
    steps: ['Use daylight from a window if you can.', 'Switch off coloured or very warm lights.', 'Stand away from brightly coloured walls.'],
  },
  'face-too-small': {
    title: 'Your face is too small in the photo',
    why: 'We need enough skin pixels to measure your colour accurately.',
    steps: ['Move closer to the camera.', 'Let your face fill the oval.', 'If you upload a photo, crop it closer to your face.'],
  },
  'multiple-faces': {
    title: 'We see more than one face',
    why: 'We analyse one person at a time so the result is really yours.',
    steps: ['Take the photo on your own.', 'Or crop the photo so only your face is in it.'],
  },
  'low-skin-coverage': {
    title: 'Too little skin is visible',
    why: 'Hair, glasses, a beard, hands or strong shadows cover most of the face, so there is not enough skin to measure.',
    steps: ['Tie back hair from your forehead and cheeks.', 'Take off glasses and move your hands away.', 'Face the light so no shadows fall across your face.'],
  },
  grayscale: {
    title: 'The photo has no colour',
    why: 'Black-and-white photos (or heavy filters) carry no skin colour to measure.',
    steps: ['Use an unfiltered colour photo, or take one with the camera here.'],
  },
  'uncertain-light': {
    title: 'We could not tell what light you are in',
    why: 'Mixed or unusual light (a lamp and a window, coloured light) makes the true colours hard to recover.',
    steps: ['Stand facing one window, with other lights off.', 'Avoid coloured walls or screens close to your face.'],
  },
};

const FALLBACK: Guidance = {
  title: 'Please try another photo',
  why: 'This photo is not good enough for a reliable colour reading.',
  steps: ['Use soft daylight facing you.', 'Keep your face inside the oval and look at the camera.', 'Hold still and take the photo again.'],
};

export function retakeGuidance(reason: RetakeReason | null | undefined): Guidance {
  if (!reason) return FALLBACK;
  return GUIDANCE[reason] ?? FALLBACK;
}

/** Friendly text for an analysis warning code (the result is usable, but worth knowing). */
export function warningText(code: string, message: string | null): string {
  // The service's warning codes (docs/api.md "Skin-tone analysis"); an unknown one shows its message.
  const known: Record<string, string> = {
    'color-cast': 'The light was slightly tinted; we corrected for it, but daylight gives the most reliable reading.',
    'too-dark': 'The light was on the dim side; a brighter photo may give a steadier result.',
    overexposed: 'Some areas were very bright and were left out of the measurement.',
    blurry: 'The photo was a little soft; a sharper photo may give a steadier result.',
    'multiple-faces': 'There was more than one face; we analysed the largest.',
    'face-too-small': 'Your face was quite small in the photo; a closer photo may give a steadier result.',
    'low-skin-coverage': 'Not much skin was visible, so the reading rests on a small area.',
    'uncertain-light': 'The light was hard to identify; daylight from a window gives the most reliable reading.',
    grayscale: 'The photo had very little colour.',
  };
  return known[code] ?? message ?? code;
}
