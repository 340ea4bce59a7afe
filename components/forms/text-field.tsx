'use client';
import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  helper?: ReactNode;
  isRequired?: boolean;
  type?: 'text' | 'number' | 'url';
  placeholder?: string;
  labelHelp?: ReactNode;
}

/** A labelled text input whose error (or helper text) sits right under it. */
export function TextField({ id, label, value, onChange, error, helper, isRequired, type = 'text', placeholder }: TextFieldProps) {
  return (
    <FormGroup label={label} fieldId={id} isRequired={isRequired}>
      <TextInput
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(_e, v) => onChange(v)}
        validated={error ? 'error' : 'default'}
        aria-invalid={!!error}
        aria-describedby={`${id}-helper`}
      />
      <FieldHelper id={`${id}-helper`} error={error} helper={helper} />
    </FormGroup>
  );
}

export function FieldHelper({ id, error, helper }: { id?: string; error?: string | string[]; helper?: ReactNode }) {
  const errors = (Array.isArray(error) ? error : [error]).filter(Boolean) as string[];
  if (!errors.length && !helper) return null;
  return (
    <FormHelperText>
      <HelperText id={id}>
        {errors.length
          ? errors.map((m, i) => <HelperTextItem key={i} variant="error" data-testid={id ? `${id}-error` : undefined}>{m}</HelperTextItem>)
          : <HelperTextItem>{helper}</HelperTextItem>}
      </HelperText>
    </FormHelperText>
  );
}

