package org.partnershipledger.query.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The standards' own schemas as judges of an export, each run by a validator the ledger did not write:
 * IEEE 1849-2016's XSD by the JDK's XML validation, the OCEL 2.0 JSON schema by networknt's JSON schema
 * validator. The schemas are in {@code standards/}, with where they come from. Each answers with every
 * violation it finds, so a failing test shows them all.
 */
public final class FormatStandards {

    private static final Schema XES = xesSchema();
    private static final com.networknt.schema.Schema OCEL = ocelSchema();

    private FormatStandards() {}

    /** Where the XES log breaks the IEEE 1849-2016 XSD; empty when it is valid. */
    public static List<String> xesViolations(byte[] xes) {
        List<String> violations = new ArrayList<>();
        Validator validator = XES.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {}

            @Override
            public void error(SAXParseException exception) {
                violations.add(describe(exception));
            }

            @Override
            public void fatalError(SAXParseException exception) {
                violations.add(describe(exception));
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xes)));
        } catch (SAXException e) {
            // A fatal error (not well-formed XML) ends validation; it is in the list already.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** Where the OCEL log breaks the OCEL 2.0 JSON schema; empty when it is valid. */
    public static List<String> ocelViolations(String ocel) {
        return OCEL.validate(ocel, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static String describe(SAXParseException exception) {
        return "line " + exception.getLineNumber() + ": " + exception.getMessage();
    }

    private static Schema xesSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(resource("xes-ieee-1849-2016.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.networknt.schema.Schema ocelSchema() {
        try (InputStream schema = resource("ocel20-schema-json.json").openStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String name) {
        URL url = FormatStandards.class.getResource("/standards/" + name);
        if (url == null) {
            throw new IllegalStateException("no standards/" + name + " on the test class path");
        }
        return url;
    }
}
