/** Shapes of the auth service's profile API (docs/api.md "Accounts": /users/me), as the app uses them. */

/** Which departments' cuts to show; optional, never inferred. */
export type Gender = 'female' | 'male' | 'non-binary';

export interface Budget {
  min: number | null;
  max: number | null;
  /** ISO 4217, e.g. EUR. */
  currency: string | null;
}

export interface Preferences {
  gender: Gender | null;
  /** Preferred sizes as `SYSTEM:size`: `INT:M`, `EU:38`, `EU-SHOE:39.5` (systems INT, EU, UK, US, EU-SHOE, UK-SHOE, US-SHOE). */
  sizes: string[];
  budget: Budget | null;
  /** `#rrggbb` or a colour name the service knows ("Navy Blue"). */
  favouriteColors: string[];
  dislikedColors: string[];
  /** Lower-case words, e.g. "minimalist", "smart casual". */
  styleTags: string[];
}

export interface Consent {
  storePhotos: boolean;
  emails: boolean;
  push: boolean;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean | null;
  /** `USER`, plus `ADMIN` for administrators. */
  roles: string[];
  createdAt: string | null;
  /** When the profile last changed. */
  updatedAt: string | null;
  preferences: Preferences;
  consent: Consent;
}

export interface MeUpdate {
  displayName?: string;
  preferences?: Partial<Preferences>;
  consent?: Partial<Consent>;
}
