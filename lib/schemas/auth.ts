import { z } from "zod";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const NewPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((value) => /[a-zA-Z]/.test(value) && /[^a-zA-Z]/.test(value), "Mix letters with digits or symbols.");

export const SignUpSchema = z.object({ email: EmailSchema, password: NewPasswordSchema });
export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1, "Enter your password.").max(200) });

export type SignUpInput = z.infer<typeof SignUpSchema>;
