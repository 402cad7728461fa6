import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, message, Select, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDocumentKind } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { ApplicationDetail, UPLOAD_LOAN_DOCUMENT } from './queries';

const KINDS: LoanDocumentKind[] = ['BUSINESS_LICENSE', 'FINANCIAL_STATEMENT', 'IP_CERTIFICATE', 'VALUATION_REPORT', 'CONTRACT', 'OTHER'];
/** The API's limit (5 MB decoded): said before sending rather than after. */
const MAX_BYTES = 5 * 1024 * 1024;

/** The file's bytes as base64, as uploadLoanDocument takes them. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** 申请材料: what the firm attached, with size and SHA-256; the firm uploads while the application is open. */
export function DocumentsCard({ app, canUpload, onUploaded }: { app: NonNullable<ApplicationDetail>; canUpload: boolean; onUploaded: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [upload] = useMutation(UPLOAD_LOAN_DOCUMENT);
  const [kind, setKind] = useState<LoanDocumentKind>('FINANCIAL_STATEMENT');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const send = async (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    if (file.size > MAX_BYTES) {
      setProblem(t('loans.documents.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      await upload({
        variables: { input: { applicationId: app.id, kind, fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64: await base64Of(file) } },
      });
      void message.success(t('loans.documents.uploaded'));
      await onUploaded();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card title={t('loans.documents.title')}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {canUpload && (
        <Space style={{ marginBottom: 12 }}>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 180 }}
            options={KINDS.map((k) => ({ value: k, label: label('LoanDocumentKind', k) }))}
            aria-label={t('loans.documents.kind')}
          />
          <input ref={input} type="file" hidden onChange={(e) => void send(e.target.files?.[0])} data-testid="document-file" />
          <Button loading={busy} onClick={() => input.current?.click()} data-testid="document-upload">
            {t('loans.documents.upload')}
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={app.documentList}
        locale={{ emptyText: t('loans.documents.empty') }}
        onRow={() => ({ 'data-testid': 'document-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('loans.documents.kind'), key: 'kind', render: (_, d) => label('LoanDocumentKind', d.kind) },
          { title: t('loans.documents.fileName'), dataIndex: 'fileName' },
          { title: t('loans.documents.size'), key: 'size', render: (_, d) => t('loans.documents.kb', { kb: Math.max(1, Math.round(d.sizeBytes / 1024)) }) },
          {
            title: 'SHA-256',
            key: 'sha',
            render: (_, d) => (
              <Typography.Text code copyable={{ text: d.sha256 }}>
                {d.sha256.slice(0, 12)}…
              </Typography.Text>
            ),
          },
          { title: t('loans.documents.uploadedAt'), key: 'at', render: (_, d) => formatDateTime(d.uploadedAt, i18n.language) },
        ]}
      />
    </Card>
  );
}
