import { Alert, Button, Group, Input, Modal, Progress, Stack, Text } from '@mantine/core';
import { ProgressBar } from './ProgressBar';
import { useMediaQuery } from '@mantine/hooks';
import { ErrorCode, IMPORT_CHARS_MAX, IMPORT_ROWS_MAX } from '@spilno/shared';
import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { errorCodeOf, fieldErrorsOf } from './errors';
import { ImportPreview, type ImportPreviewData } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { readTextFile } from './readTextFile';

export interface CsvImportDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The columns the file needs, or other guidance shown above the file input. */
  description?: ReactNode;
  /** Checks every row and writes nothing. */
  preview: (csv: string) => Promise<ImportPreviewData>;
  /** Writes every row, or none. */
  commit: (csv: string) => Promise<ImportPreviewData>;
  onImported?: (result: ImportPreviewData) => void;
  fieldLabel?: (field: string) => string;
}

type Stage =
  | { name: 'choose' }
  | { name: 'reading'; percent: number }
  | { name: 'checking' }
  | { name: 'preview'; csv: string; preview: ImportPreviewData }
  | { name: 'importing'; csv: string; preview: ImportPreviewData }
  | { name: 'done'; result: ImportPreviewData };

// Bytes per character at most in UTF-8: a larger file cannot fit the character limit.
const MAX_BYTES = IMPORT_CHARS_MAX * 4;

/**
 * CSV import in three steps: choose a file (read with progress), see what every row would
 * do with nothing written, then import all rows at once and see the outcome.
 */
export function CsvImportDialog(props: CsvImportDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const inputId = useId();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [failure, setFailure] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const busy = stage.name === 'reading' || stage.name === 'checking' || stage.name === 'importing';

  const reset = () => {
    setStage({ name: 'choose' });
    setFailure(null);
    setTooLarge(false);
    if (fileInput.current) fileInput.current.value = '';
  };

  const handleClose = () => {
    if (busy) return;
    reset();
    props.onClose();
  };

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setFailure(null);
    setTooLarge(false);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooLarge(true);
      return;
    }
    try {
      setStage({ name: 'reading', percent: 0 });
      const csv = await readTextFile(file, (percent) => setStage({ name: 'reading', percent }));
      if (csv.length > IMPORT_CHARS_MAX) {
        setTooLarge(true);
        setStage({ name: 'choose' });
        return;
      }
      setStage({ name: 'checking' });
      setStage({ name: 'preview', csv, preview: await props.preview(csv) });
    } catch (error) {
      setFailure(error);
      setStage({ name: 'choose' });
    }
  };

  const handleImport = async () => {
    if (stage.name !== 'preview' || !stage.preview.valid) return;
    setFailure(null);
    setStage({ name: 'importing', csv: stage.csv, preview: stage.preview });
    try {
      const result = await props.commit(stage.csv);
      setStage({ name: 'done', result });
      props.onImported?.(result);
    } catch (error) {
      setFailure(error);
      setStage({ name: 'preview', csv: stage.csv, preview: stage.preview });
    }
  };

  const fileProblems =
    errorCodeOf(failure) === ErrorCode.BAD_USER_INPUT ? fieldErrorsOf(failure) : [];

  return (
    <Modal
      opened={props.opened}
      onClose={handleClose}
      title={props.title}
      size="xl"
      fullScreen={fullScreen ?? false}
      closeButtonProps={{ 'aria-label': t('common.close'), disabled: busy }}
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
    >
      <Stack>
        {props.description ? <Text size="sm">{props.description}</Text> : null}
        {stage.name === 'done' ? null : (
          <Input.Wrapper
            label={t('importPreview.file')}
            description={t('importPreview.fileHint')}
            id={inputId}
            descriptionProps={{ id: hintId }}
          >
            <input
              ref={fileInput}
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={hintId}
              disabled={busy}
              onChange={(event) => void handleFile(event)}
              style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
            />
          </Input.Wrapper>
        )}

        {tooLarge ? (
          <Alert color="red" role="alert">
            {t('importPreview.tooLarge', { rows: IMPORT_ROWS_MAX })}
          </Alert>
        ) : null}
        {fileProblems.length > 0 ? (
          <Alert color="red" role="alert" title={t('importPreview.invalidTitle')}>
            <ImportProblems problems={fileProblems} fieldLabel={props.fieldLabel} />
          </Alert>
        ) : failure ? (
          <ErrorAlert error={failure} />
        ) : null}

        {stage.name === 'reading' ? (
          <Stack gap={4}>
            <Text size="sm" id={`${inputId}-reading`}>
              {t('importPreview.reading', { percent: stage.percent })}
            </Text>
            <ProgressBar value={stage.percent} aria-labelledby={`${inputId}-reading`} />
          </Stack>
        ) : null}
        {stage.name === 'checking' ? <BusyBar label={t('importPreview.checking')} /> : null}

        {stage.name === 'preview' || stage.name === 'importing' ? (
          <ImportPreview preview={stage.preview} fieldLabel={props.fieldLabel} />
        ) : null}
        {stage.name === 'importing' ? <BusyBar label={t('importPreview.importing')} /> : null}

        {stage.name === 'done' ? (
          <Alert color="green" role="status" title={t('importPreview.doneTitle')}>
            {t('importPreview.done', {
              creates: stage.result.creates,
              updates: stage.result.updates,
              unchanged: stage.result.unchanged,
            })}
          </Alert>
        ) : null}

        <Group justify="flex-end">
          {stage.name === 'done' ? (
            <Button onClick={handleClose}>{t('common.close')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={handleClose} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={() => void handleImport()}
                disabled={stage.name !== 'preview' || !stage.preview.valid}
                loading={stage.name === 'importing'}
              >
                {t('importPreview.submit')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

interface BusyBarProps {
  label: string;
}

/** An indeterminate progress bar: the server does not report how far it got. */
function BusyBar({ label }: BusyBarProps) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" id={id} role="status">
        {label}
      </Text>
      <Progress.Root size="lg">
        <Progress.Section
          value={100}
          animated
          withAria={false}
          role="progressbar"
          aria-labelledby={id}
        />
      </Progress.Root>
    </Stack>
  );
}
