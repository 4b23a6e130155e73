import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/** Whether a type of activity reaches the user in the console, by email, both or neither. */
export type Channels = Sent<Schemas['NotificationPreference']>;

/** The caller's settings (docs/API.md "Settings"): `notifications` by activity type; `profilePicture` when there is one. */
export type Settings = Narrow<
  Sent<Schemas['SettingsResponse'], 'profilePicture'>,
  { notifications: Record<string, Channels>; profilePicture?: Sent<NonNullable<Schemas['SettingsResponse']['profilePicture']>> }
>;

/** What PUT /settings takes: only the fields sent change; `notifications` names the types whose preferences change. */
export type SettingsBody = Partial<Narrow<Sent<Schemas['SettingsUpdate']>, { notifications: Record<string, Channels> }>>;

/** A presigned address of the profile picture and when it stops working. */
export type PictureUrl = Sent<Schemas['DownloadUrl']>;

/** One of the caller's sign-in sessions (docs/API.md "Identity", Sessions); `current`: the one making the request. */
export type SignInSession = Sent<Schemas['SessionView']>;

export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PictureType = (typeof PICTURE_TYPES)[number];

/** The largest picture the server takes, decoded. */
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;
