/**
 * Service answers for unit tests, captured with curl from the running system (gateway on :8080,
 * 2026-11-25) and trimmed: lists cut to a few entries, long explanations shortened with "…".
 * Field names and nesting are exactly what the services send (docs/api.md); the mapper tests
 * assert how each one is read, so a renamed field fails a test rather than blanking a screen.
 */

/** `POST /api/v1/auth/login` and `/auth/refresh` → 200 (tokens shortened). */
export const TOKENS = {
  tokenType: 'Bearer',
  accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiI3NzM5ZTg2Yi1kYjIwLTQzOGMtYTY3Yi1jY2ZhMzZiMGQzMTciLCJyb2xlcyI6WyJVU0VSIl19.sig',
  expiresIn: 899,
  accessTokenExpiresAt: '2026-11-25T15:41:32Z',
  refreshToken: 'rt-1',
  refreshExpiresIn: 1209599,
};

/** `POST /api/v1/auth/register` → 202 (the same for a new and a taken address). */
export const REGISTERED = { message: 'Check your inbox: we have sent a link to verify the address.', status: 'pending-verification' };

/** `POST /api/v1/auth/register` with `{email: "bad", password: "x", displayName: ""}` → 400. */
export const REGISTER_PROBLEM = {
  detail: 'email: must be an e-mail address such as name@example.com; displayName: is required; password: must be at least 12 characters long (a few unrelated words make a good one)',
  instance: '/api/v1/auth/register',
  status: 400,
  title: 'Invalid request',
  type: 'https://aifashion.io/problems/validation-error',
  errors: [
    { field: 'email', message: 'must be an e-mail address such as name@example.com' },
    { field: 'displayName', message: 'is required' },
    { field: 'password', message: 'must be at least 12 characters long (a few unrelated words make a good one)' },
  ],
  traceId: '58294061729ceefae12f137b0fca5e87',
};

/** `POST /api/v1/auth/login` with a wrong password → 401. */
export const LOGIN_PROBLEM = {
  detail: 'E-mail or password is incorrect.',
  instance: '/api/v1/auth/login',
  status: 401,
  title: 'Sign-in failed',
  type: 'https://aifashion.io/problems/invalid-credentials',
  traceId: '518a534491ade216585333e5df108e3f',
};

/** `PATCH /api/v1/users/me` with `{displayName: "a!!b", preferences: {sizes: ["XX:1"]}}` → 400. */
export const PROFILE_PROBLEM = {
  detail: "displayName: may contain only letters, digits, spaces and . ' -; preferences.sizes[0]: has an unknown size system; known: INT, EU, UK, US, EU-SHOE, UK-SHOE, US-SHOE",
  instance: '/api/v1/users/me',
  status: 400,
  title: 'Invalid request',
  type: 'https://aifashion.io/problems/validation-error',
  errors: [
    { field: 'displayName', message: "may contain only letters, digits, spaces and . ' -" },
    { field: 'preferences.sizes[0]', message: 'has an unknown size system; known: INT, EU, UK, US, EU-SHOE, UK-SHOE, US-SHOE' },
  ],
  traceId: 'af84aa6eb9405ca7d2a068ed8f7359ff',
};

/** `POST /api/v1/analyses` with a text file → 415, with the imaging service's `reason`. */
export const UNSUPPORTED_IMAGE_PROBLEM = {
  detail: 'The file is not a recognised image; send a JPEG, PNG or WebP photo.',
  instance: '/api/v1/analyses',
  status: 415,
  title: 'Not a supported image',
  type: 'https://aifashion.io/problems/unsupported-media-type',
  reason: 'unsupported-format',
  traceId: 'e3acb357c8a616c9fbbb6d03f6b68c45',
};

/** `POST /api/v1/analyses` → 201 (signed in, face found): captured from the running system. */
export const SAMPLE_ANALYSIS = {
  "id": "15610ba3-9b3b-4359-8571-c8a0abfd52c8",
  "createdAt": "2026-11-25T15:26:39.049152Z",
  "width": 450,
  "height": 550,
  "mediaType": "image/jpeg",
  "faces": [
    {
      "box": {
        "x": 64,
        "y": 138,
        "width": 271,
        "height": 270
      },
      "detector": "haar-frontal",
      "monkTone": 5,
      "confidence": 0.247,
      "deltaE": 9.35,
      "monkRunnerUp": 6,
      "neighbours": {
        "lighter": 16.13,
        "darker": 13.98
      },
      "skinHex": "#d3a481",
      "skinLab": {
        "l": 70.84,
        "a": 12.56,
        "b": 24.73
      },
      "ita": 40.1,
      "itaCategory": "intermediate",
      "fitzpatrick": "III",
      "undertone": {
        "type": "warm",
        "score": 0.589,
        "warmth": 0.589,
        "olive": 0.0,
        "confidence": 0.384,
        "hue": 63.1,
        "chroma": 27.7
      },
      "hairHex": "#766141",
      "hairConfidence": 1.0,
      "eyeHex": "#837863",
      "eyeConfidence": 0.7,
      "contrast": "medium",
      "season": "soft-autumn",
      "seasonName": "Soft Autumn",
      "seasonConfidence": 0.302,
      "seasonRunnerUp": "true-autumn",
      "seasonExplanation": "Soft Autumn: your colouring reads slightly soft and slightly warm. …",
      "maskCoverage": 0.821,
      "dominantColors": [
        {
          "hex": "#f1be9d",
          "share": 0.379
        },
        {
          "hex": "#cb9f7b",
          "share": 0.313
        },
        {
          "hex": "#a97f5b",
          "share": 0.308
        }
      ],
      "warnings": [],
      "retake": null
    }
  ],
  "warnings": [],
  "retake": null,
  "illuminant": {
    "cct": 9980.0,
    "duv": 0.0107,
    "chromaticity": {
      "x": 0.2742,
      "y": 0.3016
    },
    "method": "gray-edge+shades-of-gray",
    "correctionDeltaE": 2.44
  },
  "timings": {
    "decode": 3.1,
    "faces": 58.1,
    "light": 9.7,
    "skin": 93.7,
    "report": 142.3,
    "total": 306.9
  },
  "reportUrl": "/api/v1/analyses/15610ba3-9b3b-4359-8571-c8a0abfd52c8/report.png"
};

/** `POST /api/v1/analyses` → 201 for a photo without a face: `retake` set, no faces, no illuminant. */
export const RETAKE_ANALYSIS = {
  "id": "5ac6bca4-1a38-43e6-8975-b53f9eefbd36",
  "createdAt": "2026-11-25T15:26:45.885646Z",
  "width": 400,
  "height": 400,
  "mediaType": "image/png",
  "faces": [],
  "warnings": [
    {
      "code": "no-face",
      "message": "No face was found. Face the camera with your whole face in the picture."
    }
  ],
  "retake": {
    "reason": "no-face",
    "message": "No face was found. Face the camera with your whole face in the picture."
  },
  "illuminant": null,
  "timings": {
    "decode": 1.2,
    "faces": 72.9,
    "light": 0.0,
    "skin": 0.0,
    "report": 0.0,
    "total": 74.1
  },
  "reportUrl": "/api/v1/analyses/5ac6bca4-1a38-43e6-8975-b53f9eefbd36/report.png"
};

/** `GET /api/v1/analyses?mine&limit=1`: full analyses, newest first. */
export const ANALYSIS_HISTORY = { items: [SAMPLE_ANALYSIS], nextCursor: 'MTc5NTYyMDM5OS4yMzM1NzIwMDA6N2MxYzI4YzE' };
/** `GET /api/v1/monk-scale` (first three of ten tones). */
export const MONK_SCALE = {
  "name": "Monk Skin Tone Scale",
  "tones": [
    {
      "tone": 1,
      "hex": "#f6ede4",
      "lab": {
        "l": 94.21,
        "a": 1.5,
        "b": 5.43
      }
    },
    {
      "tone": 2,
      "hex": "#f3e7db",
      "lab": {
        "l": 92.27,
        "a": 2.06,
        "b": 7.29
      }
    },
    {
      "tone": 3,
      "hex": "#f7ead0",
      "lab": {
        "l": 93.09,
        "a": 0.22,
        "b": 14.21
      }
    }
  ]
};

/** `GET /api/v1/seasons` (first two of twelve). */
export const SEASONS = [
  {
    "id": "light-spring",
    "name": "Light Spring",
    "family": "spring",
    "primary": "light",
    "secondary": "warm",
    "description": "Light Spring is light first, then warm: delicate, clear, warm colours.",
    "neighbours": [
      "light-summer",
      "true-spring"
    ]
  },
  {
    "id": "true-spring",
    "name": "True Spring",
    "family": "spring",
    "primary": "warm",
    "secondary": "bright",
    "description": "True Spring is warm first, then clear: fresh, golden, saturated colours.",
    "neighbours": [
      "light-spring",
      "bright-spring"
    ]
  }
];

/** `GET /api/v1/seasons/soft-autumn/palette` (two colours per group). */
export const SEASON_PALETTE = {
  "season": "soft-autumn",
  "seasonName": "Soft Autumn",
  "personalised": false,
  "wearable": [
    {
      "name": "Clay",
      "hex": "#9b6358",
      "lab": {
        "l": 47.75,
        "a": 21.33,
        "b": 15.66
      },
      "note": "core colour"
    },
    {
      "name": "Rosy Brown",
      "hex": "#bf8f85",
      "lab": {
        "l": 63.69,
        "a": 16.75,
        "b": 12.41
      },
      "note": "core colour"
    }
  ],
  "neutrals": [
    {
      "name": "Bone",
      "hex": "#e6dbce",
      "lab": {
        "l": 87.94,
        "a": 1.58,
        "b": 7.73
      },
      "note": "neutral"
    },
    {
      "name": "Greige",
      "hex": "#ac9b8e",
      "lab": {
        "l": 65.09,
        "a": 4.05,
        "b": 9.09
      },
      "note": "neutral"
    }
  ],
  "accents": [
    {
      "name": "Dusty Rose",
      "hex": "#ba7265",
      "lab": {
        "l": 55.5,
        "a": 26.94,
        "b": 19.25
      },
      "note": "accent: use in small doses"
    },
    {
      "name": "Copper",
      "hex": "#ad7a53",
      "lab": {
        "l": 55.51,
        "a": 15.31,
        "b": 29.18
      },
      "note": "accent: use in small doses"
    }
  ],
  "metals": [
    {
      "name": "Gold",
      "hex": "#d4af37",
      "lab": {
        "l": 72.85,
        "a": 1.38,
        "b": 62.91
      },
      "note": "best metal"
    },
    {
      "name": "Rose Gold",
      "hex": "#b76e79",
      "lab": {
        "l": 54.66,
        "a": 30.31,
        "b": 6.38
      },
      "note": "also good"
    }
  ],
  "avoid": [
    {
      "name": "Magenta",
      "hex": "#c4005a",
      "lab": {
        "l": 41.97,
        "a": 68.85,
        "b": 7.41
      },
      "note": "Bright and cool, like Bright Winter's colours, fight Soft Autumn's soft and warm colouring"
    },
    {
      "name": "Dark Khaki",
      "hex": "#a09900",
      "lab": {
        "l": 61.88,
        "a": -11.55,
        "b": 65.24
      },
      "note": "Bright and cool, like Bright Winter's colours, fight Soft Autumn's soft and warm colouring"
    }
  ]
};

/** `GET /api/v1/palettes/me`. */
export const MY_PALETTE = {
  "id": "a1efb2bc-54c2-4f64-a94e-45ad355ee2ab",
  "analysisId": "15610ba3-9b3b-4359-8571-c8a0abfd52c8",
  "season": "soft-autumn",
  "seasonName": "Soft Autumn",
  "confidence": 0.31,
  "explanation": "Soft Autumn: your colouring reads slightly soft and slightly warm. …",
  "createdAt": "2026-11-25T15:26:39.219285Z",
  "palette": { ...SEASON_PALETTE, personalised: true },
};

/** `POST /api/v1/seasons/analyze` (scores and palette trimmed). */
export const SEASON_ANALYSIS = {
  "season": "true-autumn",
  "seasonName": "True Autumn",
  "confidence": 0.14,
  "runnerUp": "true-spring",
  "scores": {
    "true-autumn": 0.46,
    "true-spring": 0.35,
    "light-spring": 0.16
  },
  "explanation": "True Autumn: your colouring reads warm and medium in chroma. True Autumn is warm first, then muted: golden, earthy, spiced colours. …",
  "palette": SEASON_PALETTE,
};

/** `POST /api/v1/colors/match` with `{season: "soft-autumn", colors: [{hex: "#556b2f"}, {hex: "#ff00ff"}]}`. */
export const COLOR_MATCH = {
  "season": "soft-autumn",
  "results": [
    {
      "index": 0,
      "score": 81.59,
      "nearest": {
        "name": "Fern Green",
        "hex": "#5d7950",
        "lab": {
          "l": 47.73,
          "a": -18.41,
          "b": 19.3
        },
        "note": "core colour"
      },
      "deltaE": 7.65,
      "penalised": false,
      "nearestAvoid": {
        "name": "Dark Khaki",
        "hex": "#a09900",
        "lab": {
          "l": 61.88,
          "a": -11.55,
          "b": 65.24
        },
        "note": "Bright and cool, like Bright Winter's colours, fight Soft Autumn's soft and warm colouring"
      },
      "avoidDeltaE": 24.02,
      "explanation": "Close to Fern Green in your palette (ΔE00 7.7)"
    },
    {
      "index": 1,
      "score": 12.36,
      "nearest": {
        "name": "Mauve",
        "hex": "#ad91b1",
        "lab": {
          "l": 63.6,
          "a": 16.29,
          "b": -12.79
        },
        "note": "core colour"
      },
      "deltaE": 23.58,
      "penalised": true,
      "nearestAvoid": {
        "name": "Orchid",
        "hex": "#e861d6",
        "lab": {
          "l": 62.14,
          "a": 65.99,
          "b": -35.3
        },
        "note": "Bright and cool, like Bright Winter's colours, fight Soft Autumn's soft and warm colouring"
      },
      "avoidDeltaE": 8.15,
      "explanation": "Far from every colour of your palette; nearest is Mauve in your palette (ΔE00 23.6), but closer to Orchid, a colour to avoid (ΔE00 8.2)"
    }
  ]
};

/** `GET /api/v1/products?limit=2`. */
export const PRODUCT_PAGE = {
  "items": [
    {
      "product": {
        "id": "01a21345-ce46-7ffe-a7be-8023b15c85ae",
        "sku": "DEMO-0005545",
        "name": "Oak & Ivy Women Sheer Tomato Red Lipstick",
        "brand": "Oak & Ivy",
        "gender": "women",
        "masterCategory": "Personal Care",
        "subCategory": "Lips",
        "articleType": "Lipstick",
        "price": {
          "amount": 28.49,
          "currency": "EUR"
        },
        "sizes": [],
        "imageUrl": null,
        "seasons": [
          "Summer"
        ],
        "usages": [
          "Casual"
        ],
        "year": 2020,
        "availability": "in_stock",
        "inStock": true,
        "primaryColor": {
          "name": "Tomato Red",
          "hex": "#f1011a",
          "lab": {
            "l": 50.46,
            "a": 76.91,
            "b": 56.36
          },
          "family": "red"
        },
        "secondaryColors": [],
        "shade": null,
        "createdAt": "2026-11-25T15:14:31.622885Z",
        "updatedAt": "2026-11-25T15:14:31.622885Z"
      },
      "colorDistance": null
    },
    {
      "product": {
        "id": "01a21345-ce46-7ffe-894e-66ff4e106c44",
        "sku": "DEMO-0005603",
        "name": "Riva Boys Merino Sienna Sweater",
        "brand": "Riva",
        "gender": "boys",
        "masterCategory": "Apparel",
        "subCategory": "Topwear",
        "articleType": "Sweaters",
        "price": {
          "amount": 119.99,
          "currency": "EUR"
        },
        "sizes": [
          "4Y",
          "6Y",
          "8Y",
          "10Y",
          "12Y",
          "14Y"
        ],
        "imageUrl": null,
        "seasons": [
          "Winter",
          "Spring"
        ],
        "usages": [
          "Sports"
        ],
        "year": 2022,
        "availability": "in_stock",
        "inStock": true,
        "primaryColor": {
          "name": "Sienna",
          "hex": "#ad532b",
          "lab": {
            "l": 45.97,
            "a": 34.02,
            "b": 39.62
          },
          "family": "brown"
        },
        "secondaryColors": [
          {
            "name": "Medium Aquamarine",
            "hex": "#4bdbbf",
            "lab": {
              "l": 79.57,
              "a": -44.77,
              "b": 2.56
            },
            "family": "teal"
          }
        ],
        "shade": null,
        "createdAt": "2026-11-25T15:14:31.622885Z",
        "updatedAt": "2026-11-25T15:14:31.622885Z"
      },
      "colorDistance": null
    }
  ],
  "nextCursor": "bmV3ZXN0fDIwMjYtMTEtMjVUMTU6MTQ6MzEuNjIyODg1WnwwMWEy",
  "limit": 2
};

/** `GET /api/v1/products/search/by-color?hex=%23556b2f&limit=1`: matched on a secondary colour. */
export const COLOR_SEARCH = {
  "hex": "#556b2f",
  "lab": {
    "l": 42.23,
    "a": -18.83,
    "b": 30.6
  },
  "maxDeltaE": 10.0,
  "items": [
    {
      "product": {
        "id": "01a21345-c42f-775c-8ad9-266b293bda67",
        "sku": "DEMO-0002138",
        "name": "Atelier Nove Women Ribbed Chartreuse Green Top",
        "brand": "Atelier Nove",
        "gender": "women",
        "masterCategory": "Apparel",
        "subCategory": "Topwear",
        "articleType": "Tops",
        "price": {
          "amount": 13.49,
          "currency": "EUR"
        },
        "sizes": [
          "XS",
          "S",
          "M",
          "L",
          "XL",
          "XXL"
        ],
        "imageUrl": null,
        "seasons": [
          "Fall"
        ],
        "usages": [
          "Casual"
        ],
        "year": 2024,
        "availability": "in_stock",
        "inStock": true,
        "primaryColor": {
          "name": "Chartreuse Green",
          "hex": "#d2d264",
          "lab": {
            "l": 82.23,
            "a": -14.64,
            "b": 53.73
          },
          "family": "yellow"
        },
        "secondaryColors": [
          {
            "name": "Gunmetal",
            "hex": "#26281f",
            "lab": {
              "l": 15.64,
              "a": -2.96,
              "b": 5.64
            },
            "family": "black"
          },
          {
            "name": "Dark Olive Green",
            "hex": "#4b6530",
            "lab": {
              "l": 39.61,
              "a": -19.76,
              "b": 26.75
            },
            "family": "green"
          }
        ],
        "shade": null,
        "createdAt": "2026-11-25T15:14:29.039488Z",
        "updatedAt": "2026-11-25T15:14:29.039488Z"
      },
      "deltaE": 3.1464,
      "matchedLab": {
        "l": 39.61,
        "a": -19.76,
        "b": 26.75
      }
    }
  ],
  "candidatesExamined": 21
};

/** `GET /api/v1/shades/match?hex=%23d3a481&perBrand=1` (two brands). */
export const SHADE_MATCH = {
  "hex": "#d3a481",
  "lab": {
    "l": 70.86,
    "a": 12.69,
    "b": 24.82
  },
  "monkTone": 5,
  "brands": [
    {
      "brand": "Dermatique",
      "shades": [
        {
          "shade": {
            "productId": "01a21345-ce46-7f4b-8332-d9d0cb318553",
            "sku": "DEMO-F-00143",
            "name": "Dermatique Skin Tint Foundation 337 Warm Golden",
            "brand": "Dermatique",
            "shadeName": "337 Warm Golden",
            "hex": "#c7a67a",
            "lab": {
              "l": 70.05,
              "a": 5.97,
              "b": 27.31
            },
            "monkTone": 5,
            "price": {
              "amount": 22.0,
              "currency": "EUR"
            },
            "inStock": true
          },
          "deltaE": 6.2,
          "grade": "poor"
        }
      ]
    },
    {
      "brand": "Bare Theory",
      "shades": [
        {
          "shade": {
            "productId": "01a21345-ce46-717e-83dc-c477ef8c4c37",
            "sku": "DEMO-F-00149",
            "name": "Bare Theory Skin Tint Foundation 337 Warm Golden",
            "brand": "Bare Theory",
            "shadeName": "337 Warm Golden",
            "hex": "#c7a679",
            "lab": {
              "l": 70.03,
              "a": 5.85,
              "b": 27.82
            },
            "monkTone": 5,
            "price": {
              "amount": 34.0,
              "currency": "EUR"
            },
            "inStock": true
          },
          "deltaE": 6.41,
          "grade": "poor"
        }
      ]
    }
  ]
};

/** `GET /api/v1/recommendations?limit=2` (signed in, after an analysis and a like). */
export const RECOMMENDATIONS = {
  "items": [
    {
      "product": {
        "id": "01a21345-c42f-721e-b499-32e649e45e41",
        "name": "Sora Women Cream Olive Lipstick",
        "brand": "Sora",
        "price": 15.99,
        "currency": "EUR",
        "imageUrl": null,
        "primaryColor": {
          "hex": "#667a43",
          "family": "green"
        }
      },
      "score": 2.8185,
      "reasons": [
        {
          "signal": "preference",
          "text": "From Lipstick, a category you like",
          "preference": "category"
        },
        {
          "signal": "palette",
          "text": "Matches your Soft Autumn palette: Fern Green, ΔE 4.1",
          "season": "Soft Autumn",
          "color": {
            "name": "Fern Green",
            "hex": "#5e7b4f"
          },
          "deltaE": 4.1
        },
        {
          "signal": "preference",
          "text": "Close to Dark Olive Green, one of your favourite colours (ΔE 6.1)",
          "preference": "favourite-colour"
        }
      ]
    },
    {
      "product": {
        "id": "01a21345-ce46-7d9b-95da-61d073ec37fa",
        "name": "Everlane Park Women Satin Teal Lipstick",
        "brand": "Everlane Park",
        "price": 33.99,
        "currency": "EUR",
        "imageUrl": null,
        "primaryColor": {
          "hex": "#0f827b",
          "family": "teal"
        }
      },
      "score": 2.2492,
      "reasons": [
        {
          "signal": "preference",
          "text": "From Lipstick, a category you like",
          "preference": "category"
        },
        {
          "signal": "palette",
          "text": "Matches your Soft Autumn palette: Teal, ΔE 1.7",
          "season": "Soft Autumn",
          "color": {
            "name": "Teal",
            "hex": "#20807c"
          },
          "deltaE": 1.7
        },
        {
          "signal": "preference",
          "text": "Fits your casual style",
          "preference": "style"
        }
      ]
    }
  ],
  "modelVersion": "itemknn-20261125152555-d2a25e89",
  "algorithm": "item-knn",
  "experiment": null,
  "generatedAt": "2026-11-25T15:27:03.145624591Z"
};

/** `GET /api/v1/products/{id}/similar?limit=1`. */
export const SIMILAR = {
  "items": [
    {
      "product": {
        "id": "01a21345-c42f-740d-a9cc-42a45a3435f8",
        "name": "Hollow Pine Women Cream Rust Lipstick",
        "brand": "Hollow Pine",
        "price": 32.49,
        "currency": "EUR",
        "imageUrl": null,
        "primaryColor": {
          "hex": "#ca2f00",
          "family": "red"
        }
      },
      "score": 0.7546,
      "reasons": [
        {
          "signal": "similar",
          "text": "Also Lipstick, in a similar colour (ΔE 8.8)",
          "sameCategory": "Lipstick",
          "deltaE": 8.8
        }
      ]
    }
  ],
  "modelVersion": "itemknn-20261125152555-d2a25e89",
  "algorithm": "item-knn",
  "experiment": null,
  "generatedAt": "2026-11-25T15:27:05.530177680Z"
};

/** `POST /api/v1/interactions` → 201. */
export const INTERACTION_RECORDED = {
  "interactions": [
    {
      "id": "0e62c2cd-0b36-4f20-8306-db4a97b5a7a5",
      "productId": "01a21345-ce46-7ffe-a7be-8023b15c85ae",
      "kind": "like",
      "occurredAt": "2026-11-25T15:27:03.037802194Z",
      "status": "recorded"
    }
  ]
};

/** `GET /api/v1/notifications?limit=3`. */
export const NOTIFICATIONS = {
  "items": [
    {
      "id": "babd3569-1df0-45b4-8d4c-e0f85fe3e43b",
      "type": "recommendations-refreshed",
      "title": "New recommendations for you",
      "body": "17 products have been picked for your palette and taste. Take a look at what is new.",
      "data": {
        "count": 17,
        "reason": "palette"
      },
      "createdAt": "2026-11-25T15:26:39.400479Z",
      "readAt": null
    },
    {
      "id": "26f5fdb9-affb-47f1-8729-e560bcb9c5ef",
      "type": "palette-ready",
      "title": "Your colour palette is ready",
      "body": "Your Soft Autumn palette has 24 colours to wear. See which shades flatter you most.",
      "data": {
        "colors": [
          "#9f6458",
          "#c49085",
          "#9c6651",
          "#c1927f",
          "#956a49",
          "#bb9579",
          "#8c6e45",
          "#b49876"
        ],
        "season": "Soft Autumn",
        "analysisId": "15610ba3-9b3b-4359-8571-c8a0abfd52c8"
      },
      "createdAt": "2026-11-25T15:26:39.275716Z",
      "readAt": null
    },
    {
      "id": "7c1c28c1-8fc1-4d5c-8447-717b7b6014d3",
      "type": "analysis-ready",
      "title": "Your skin-tone analysis is ready",
      "body": "Your skin tone is 5 on the Monk scale, with a warm undertone; your colour season looks like Soft Autumn. Open AI-Fashion to see the colours that suit you.",
      "data": {
        "season": "soft-autumn",
        "skinHex": "#d3a481",
        "monkTone": 5,
        "undertone": "warm",
        "analysisId": "15610ba3-9b3b-4359-8571-c8a0abfd52c8"
      },
      "createdAt": "2026-11-25T15:26:39.233572Z",
      "readAt": null
    }
  ],
  "nextCursor": "MTc5NTYyMDM5OS4yMzM1NzIwMDA6N2MxYzI4YzEtOGZjMS00ZDVjLTg0NDctNzE3YjdiNjAxNGQz",
  "unreadCount": 4
};

/** `GET /api/v1/users/me` after a preferences patch. */
export const ME = {
  "id": "7739e86b-db20-438c-a67b-ccfa36b0d317",
  "email": "fe-1795620392@example.com",
  "emailVerified": false,
  "displayName": "Fe Tester",
  "roles": [
    "USER"
  ],
  "createdAt": "2026-11-25T15:26:32.634348Z",
  "preferences": {
    "gender": "female",
    "sizes": [
      "INT:M",
      "EU:38"
    ],
    "budget": {
      "min": 10,
      "max": 200,
      "currency": "EUR"
    },
    "favouriteColors": [
      "#556b2f",
      "Navy Blue"
    ],
    "dislikedColors": [],
    "styleTags": [
      "casual"
    ]
  },
  "consent": {
    "storePhotos": true,
    "emails": false,
    "push": false
  },
  "updatedAt": "2026-11-25T15:26:36.851556Z"
};

